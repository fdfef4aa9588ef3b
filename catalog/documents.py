"""Certificate scans sent by producers: a PDF or a JPEG/PNG image.

Why not ``shop/images.py``: ``catalog`` may not import ``shop`` (dependencies
point one way), and a certificate is a document to be read by an operator,
not a product photo: it keeps PDFs as they are (checked by signature, end
marker and size) and re-encodes images at a larger size than web photos so
the decision's small print stays legible. Images are still opened only with
Pillow's JPEG and PNG decoders, checked for size before decoding and saved
afresh, so no EXIF (GPS, phone) or hidden payload is kept.
"""
import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_SIDE = 8000
OUTPUT_SIDE = 2400
PDF_SIGNATURE = b"%PDF-"
IMAGE_FORMATS = ("JPEG", "PNG")
ACCEPT = "application/pdf,image/jpeg,image/png"


def _refuse():
    return ValidationError(
        _("Tệp đính kèm phải là PDF, ảnh JPEG hoặc PNG hợp lệ của giấy chứng nhận."),
        code="bad_document",
    )


def _clean_pdf(data: bytes) -> ContentFile:
    # A real PDF ends with %%EOF (possibly followed by whitespace); a
    # truncated upload or a renamed file does not.
    if b"%%EOF" not in data[-1024:]:
        raise _refuse()
    return ContentFile(data, name=f"{uuid.uuid4().hex}.pdf")


def _clean_image(data: bytes) -> ContentFile:
    try:
        with Image.open(io.BytesIO(data), formats=IMAGE_FORMATS) as probe:
            if max(probe.size) > MAX_SIDE:
                raise ValidationError(
                    _("Ảnh lớn hơn %(side)d × %(side)d điểm ảnh.") % {"side": MAX_SIDE}
                )
            probe.verify()
        with Image.open(io.BytesIO(data), formats=IMAGE_FORMATS) as image:
            image.load()
            page = ImageOps.exif_transpose(image).convert("RGB")
            page.thumbnail((OUTPUT_SIDE, OUTPUT_SIDE))
            out = io.BytesIO()
            page.save(out, format="JPEG", quality=90)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError,
            ValueError, EOFError):
        raise _refuse() from None
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.jpg")


def clean_document(upload) -> ContentFile:
    """A safe copy of ``upload`` under a random name, or a ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(_("Tệp lớn hơn 10 MB. Hãy chụp hoặc quét lại với dung lượng "
                                "nhỏ hơn."))
    data = upload.read(MAX_BYTES + 1)
    if data.startswith(PDF_SIGNATURE):
        return _clean_pdf(data)
    return _clean_image(data)
