"""Uploaded photos (consumer reports, outlet photos, later product images):
verified, re-encoded, EXIF stripped.

Nothing anyone uploads is stored as it came: only JPEG, PNG and WebP
are opened (Pillow's other decoders are never tried), the size is checked
before decoding, the image is turned upright by its EXIF orientation and
re-encoded as a fresh JPEG of at most 1600 px, which carries no EXIF
(GPS position, phone model) and no hidden payload.
"""
import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 4000
OUTPUT_SIDE = 1600
FORMATS = ("JPEG", "PNG", "WEBP")
ACCEPT = "image/jpeg,image/png,image/webp"


class BadPhoto(ValueError):
    """The upload is refused; the text says why, in words for a consumer."""


def clean_upload(upload) -> ContentFile:
    """``reencode`` for Django forms: a refusal becomes a ValidationError."""
    try:
        return reencode(upload)
    except BadPhoto as refusal:
        raise ValidationError(str(refusal)) from None


def _not_an_image() -> BadPhoto:
    return BadPhoto(_("Tệp đính kèm không phải ảnh JPEG, PNG hoặc WebP hợp lệ."))


def reencode(upload) -> ContentFile:
    """A cleaned JPEG of ``upload`` (a Django UploadedFile), or BadPhoto."""
    if upload.size > MAX_BYTES:
        raise BadPhoto(_("Ảnh lớn hơn 5 MB. Hãy chọn ảnh nhỏ hơn."))
    data = upload.read(MAX_BYTES + 1)
    try:
        with Image.open(io.BytesIO(data), formats=FORMATS) as probe:
            if max(probe.size) > MAX_SIDE:
                raise BadPhoto(
                    _("Ảnh lớn hơn %(side)d × %(side)d điểm ảnh. Hãy chọn ảnh nhỏ hơn.")
                    % {"side": MAX_SIDE}
                )
            probe.verify()
        with Image.open(io.BytesIO(data), formats=FORMATS) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            if upright.mode in ("RGBA", "LA", "P"):
                rgba = upright.convert("RGBA")
                flat = Image.new("RGB", rgba.size, "white")
                flat.paste(rgba, mask=rgba.getchannel("A"))
            else:
                flat = upright.convert("RGB")
            flat.thumbnail((OUTPUT_SIDE, OUTPUT_SIDE))
            out = io.BytesIO()
            flat.save(out, format="JPEG", quality=85, optimize=True)
    except BadPhoto:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError,
            ValueError, EOFError):
        raise _not_an_image() from None
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.jpg")
