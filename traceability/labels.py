"""QR images for codes on our domain (PNG and SVG, the ``qrcode`` package).

Choices made for a printed label of 2 cm:
- error correction M (15 %): survives scuffs and keeps URLs of up to about
  80 characters (a Digital Link with lot and serial on our domain) within
  QR version 5–6, i.e. 37–41 modules;
- a quiet zone of 4 modules, as ISO/IEC 18004 requires;
- 37 + 8 = 45 modules across 20 mm gives 0.44 mm a module, above the
  0.33 mm that phone cameras read comfortably. PNG uses 10 px a module so
  it can be scaled down for print at 300 dpi or more without resampling
  blur; SVG is vector and prints at any size.
"""
import io

import qrcode
import qrcode.image.svg
from qrcode.constants import ERROR_CORRECT_M

ERROR_CORRECTION = ERROR_CORRECT_M
QUIET_ZONE = 4
PNG_BOX_SIZE = 10
CONTENT_TYPES = {"png": "image/png", "svg": "image/svg+xml"}


def _qr(url: str, **kwargs) -> qrcode.QRCode:
    code = qrcode.QRCode(
        error_correction=ERROR_CORRECTION, border=QUIET_ZONE, box_size=PNG_BOX_SIZE, **kwargs
    )
    code.add_data(url)
    code.make(fit=True)
    return code


def png(url: str) -> bytes:
    image = _qr(url).make_image(fill_color="black", back_color="white")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def svg(url: str) -> bytes:
    image = _qr(url, image_factory=qrcode.image.svg.SvgPathImage).make_image()
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()


def qr_path(code_path: str, fmt: str = "png") -> str:
    """Where the QR image of a code path is served (see urls.py)."""
    if code_path.startswith("/t/"):
        return f"{code_path.rstrip('/')}/qr.{fmt}"
    return f"/qr{code_path}.{fmt}"
