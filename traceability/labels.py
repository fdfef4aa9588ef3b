"""QR images for codes on our domain (PNG and SVG, the ``qrcode`` package)
and A4 sheets of printable labels (PDF, ``reportlab``).

Choices made for a printed label of 2 cm:
- error correction M (15 %): survives scuffs and keeps URLs of up to about
  80 characters (a Digital Link with lot and serial on our domain) within
  QR version 5–6, i.e. 37–41 modules;
- a quiet zone of 4 modules, as ISO/IEC 18004 requires;
- 37 + 8 = 45 modules across 20 mm gives 0.44 mm a module, above the
  0.33 mm that phone cameras read comfortably. PNG uses 10 px a module so
  it can be scaled down for print at 300 dpi or more without resampling
  blur; SVG is vector and prints at any size. The PDF sheet draws the
  same matrix as vector squares, the quiet zone included, 26 mm across.
"""
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.image.svg
from django.conf import settings
from qrcode.constants import ERROR_CORRECT_M

from catalog.text import strip_accents

ERROR_CORRECTION = ERROR_CORRECT_M
QUIET_ZONE = 4
PNG_BOX_SIZE = 10
CONTENT_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}


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


# --- PDF label sheets ---------------------------------------------------------

#: The quiet zone included: with 21–45 modules the symbol itself is 20–22 mm.
QR_SIZE_MM = 26
#: A4 in three columns of five rows (15 labels of 63 × 55 mm), 10 mm margins.
PAGE_MARGIN_MM = 10
COLUMNS = 3
ROWS = 5
MAX_LABELS = 2_000
#: A TrueType font with the Vietnamese letters (ế, ở, ự …). Reportlab's 14
#: built-in fonts are Latin-1 only; Debian's fonts-dejavu-core ships this one.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
)
_FONT_NAME = "OCOPLabelSans"


@dataclass(frozen=True)
class Label:
    """What one label says: the QR's URL and the lines printed under it."""

    url: str
    title: str
    stars: int | None
    certificate: str
    code: str  # the human-readable code path, e.g. /01/…/10/…/21/…


def _font() -> tuple[str, bool]:
    """(font name, has Vietnamese). Registered once per process.

    Without a Unicode TrueType font the text is printed ASCII-folded
    ("Chè" → "Che") in Helvetica rather than as empty boxes.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if _FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return _FONT_NAME, True
    configured = getattr(settings, "OCOP_LABEL_FONT", "")
    for candidate in ([configured] if configured else []) + list(FONT_CANDIDATES):
        if candidate and Path(candidate).is_file():
            pdfmetrics.registerFont(TTFont(_FONT_NAME, candidate))
            return _FONT_NAME, True
    return "Helvetica", False


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy wrap at spaces and after "/" (code paths); ellipsis past max_lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    tokens, word = [], ""
    for ch in text:
        word += ch
        if ch in " /":
            tokens.append(word)
            word = ""
    if word:
        tokens.append(word)
    lines, line = [], ""
    for token in tokens:
        while stringWidth(token, font, size) > width:  # one over-long token: cut it
            cut = len(token)
            while cut > 1 and stringWidth(line + token[:cut], font, size) > width:
                cut -= 1
            if line and cut <= 1:
                lines.append(line.rstrip())
                line = ""
                continue
            lines.append(line + token[:cut])
            line, token = "", token[cut:]
        if stringWidth(line + token, font, size) > width and line:
            lines.append(line.rstrip())
            line = ""
        line += token
    if line:
        lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last + "…"
    return lines


def _draw_qr(canvas, url: str, x: float, y: float, size: float) -> None:
    """The QR matrix (quiet zone included) as black squares, runs merged."""
    matrix = _qr(url).get_matrix()  # includes the 4-module border
    module = size / len(matrix)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(matrix):
        top = y + size - (r + 1) * module
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # A hair wider than the run so adjacent squares leave no seam.
                canvas.rect(x + start * module, top, (c - start) * module + 0.01,
                            module + 0.01, stroke=0, fill=1)
            else:
                c += 1


def label_sheet(labels: Sequence[Label], title: str = "") -> bytes:
    """An A4 PDF with the labels in a grid, QR first and the text under it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    if not 1 <= len(labels) <= MAX_LABELS:
        raise ValueError(f"between 1 and {MAX_LABELS} labels")
    font, unicode_ok = _font()

    def text(value: str) -> str:
        return value if unicode_ok else strip_accents(value)

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(title or "OCOP labels")
    page_w, page_h = A4
    cell_w = (page_w - 2 * PAGE_MARGIN_MM * mm) / COLUMNS
    cell_h = (page_h - 2 * PAGE_MARGIN_MM * mm) / ROWS
    qr = QR_SIZE_MM * mm
    text_w = cell_w - 4 * mm
    per_page = COLUMNS * ROWS
    for i, label in enumerate(labels):
        if i and i % per_page == 0:
            canvas.showPage()
        slot = i % per_page
        col, row = slot % COLUMNS, slot // COLUMNS
        left = PAGE_MARGIN_MM * mm + col * cell_w
        top = page_h - PAGE_MARGIN_MM * mm - row * cell_h
        # A light cutting guide around each label.
        canvas.setStrokeColorRGB(0.85, 0.85, 0.85)
        canvas.setLineWidth(0.3)
        canvas.rect(left, top - cell_h, cell_w, cell_h, stroke=1, fill=0)
        _draw_qr(canvas, label.url, left + (cell_w - qr) / 2, top - 2 * mm - qr, qr)
        y = top - 2 * mm - qr - 1 * mm
        stars = f"{label.stars}★ OCOP" if unicode_ok else f"{label.stars}* OCOP"
        lines = [(line, 8) for line in _wrap(text(label.title), font, 8, text_w, 2)]
        if label.stars:
            lines.append((stars, 7.5))
        if label.certificate:
            lines += [(ln, 6.5) for ln in _wrap(text(label.certificate), font, 6.5, text_w, 1)]
        lines += [(ln, 6) for ln in _wrap(label.code, font, 6, text_w, 3)]
        canvas.setFillColorRGB(0, 0, 0)
        for line, size in lines:
            y -= size + 1.5
            canvas.setFont(font, size)
            canvas.drawCentredString(left + cell_w / 2, y, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
