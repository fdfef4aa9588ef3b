"""Product pictures and producer logos for the demo, drawn with Pillow.

Drawn locally rather than downloaded: the demo must load offline, and stock
photos of real products would suggest real producers. Each picture is a flat
card in its group's colour with a simple emblem and the product name, and
says it is an illustration, so nobody takes it for a photo of the goods.
"""
import io
import textwrap
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw, ImageFont

from catalog.text import strip_accents

SIZE = 800
LOGO_SIZE = 400
MARGIN = 60
EMBLEM_CENTRE, EMBLEM_RADIUS = 280, 130
TITLE_CENTRE = 575  # the name (and pack line) sit centred on this y
PACK_LINE = 56
WHITE = "#FFFFFF"
FOOTER = "Ảnh minh họa · dữ liệu mẫu OCOP"
# (background, emblem) per product group.
PALETTE = {
    "thuc-pham": ("#D9713A", "#FBD9BE"),
    "do-uong": ("#6F4E37", "#EAD7C0"),
    "duoc-lieu": ("#3F7D4E", "#D3EDD2"),
    "thu-cong-my-nghe": ("#3D5A80", "#D6E2F0"),
    "sinh-vat-canh": ("#B8497A", "#F6D6E4"),
    "du-lich": ("#23877C", "#CFEFEA"),
}
# Bold sans fonts with Vietnamese glyphs, by preference.
FONT_FILES = ("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf", "LiberationSans-Bold.ttf")
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
GROUP_LABELS = {
    "thuc-pham": "THỰC PHẨM",
    "do-uong": "ĐỒ UỐNG",
    "duoc-lieu": "DƯỢC LIỆU",
    "thu-cong-my-nghe": "THỦ CÔNG MỸ NGHỆ",
    "sinh-vat-canh": "SINH VẬT CẢNH",
    "du-lich": "DU LỊCH CỘNG ĐỒNG",
}
# Producer-name prefixes left out of a logo's initials.
_LEGAL_FORMS = (
    "HTX", "Hợp tác xã", "Tổ hợp tác", "Công ty TNHH", "Công ty CP", "Hộ kinh doanh",
    "Chi hội", "Hội",
)


@lru_cache(maxsize=1)
def _font_path() -> Path | None:
    for name in FONT_FILES:
        for folder in FONT_DIRS:
            found = next(folder.rglob(name), None) if folder.is_dir() else None
            if found:
                return found
    return None


@lru_cache(maxsize=16)
def font(size: int) -> ImageFont.FreeTypeFont:
    """A bold font of ``size`` px; Pillow's own scalable font if none is installed."""
    path = _font_path()
    return ImageFont.truetype(str(path), size) if path else ImageFont.load_default(size=size)


def legible(text: str) -> str:
    """``text`` as it can be drawn: Pillow's built-in font has no Vietnamese
    letters, so without an installed font the accents are dropped rather
    than shown as empty boxes."""
    return text if _font_path() else strip_accents(text)


# --- Emblems: one simple shape per group, centred on (x, y) ---------------
def _bowl(draw, x, y, r, colour, _background):
    draw.pieslice((x - r, y - r, x + r, y + r), 0, 180, fill=colour)
    draw.rounded_rectangle((x - r - 20, y - 14, x + r + 20, y + 6), 10, fill=colour)
    for dx in (-50, 0, 50):  # steam
        draw.arc((x + dx - 18, y - 120, x + dx + 18, y - 40), 100, 260, fill=colour, width=8)


def _cup(draw, x, y, r, colour, _background):
    draw.rounded_rectangle((x - r, y - r * 0.8, x + r * 0.7, y + r * 0.8), 30, fill=colour)
    draw.ellipse((x + r * 0.45, y - r * 0.45, x + r * 1.15, y + r * 0.35), outline=colour,
                 width=22)


def _leaf(draw, x, y, r, colour, background):
    draw.ellipse((x - r * 0.6, y - r, x + r * 0.6, y + r), fill=colour)
    draw.line((x, y - r * 0.9, x, y + r * 1.2), fill=background, width=10)


def _weave(draw, x, y, r, colour, background):
    """A square of basket weave: checked cells in two tones."""
    cells, side = 6, 2 * r // 6
    rgb, background_rgb = ImageColor.getrgb(colour), ImageColor.getrgb(background)
    shade = tuple((2 * a + b) // 3 for a, b in zip(rgb, background_rgb, strict=True))
    for row in range(cells):
        for col in range(cells):
            left, top = x - r + col * side, y - r + row * side
            draw.rectangle((left, top, left + side - 4, top + side - 4),
                           fill=colour if (row + col) % 2 else shade)


def _flower(draw, x, y, r, colour, background):
    petal = r * 0.45
    for dx, dy in ((0, -1), (0.95, -0.31), (0.59, 0.81), (-0.59, 0.81), (-0.95, -0.31)):
        cx, cy = x + dx * r * 0.55, y + dy * r * 0.55
        draw.ellipse((cx - petal, cy - petal, cx + petal, cy + petal), fill=colour)
    draw.ellipse((x - r * 0.22, y - r * 0.22, x + r * 0.22, y + r * 0.22), fill=background)


def _mountains(draw, x, y, r, colour, background):
    draw.ellipse((x + r * 0.35, y - r, x + r * 0.85, y - r * 0.5), fill=colour)  # sun
    draw.polygon(((x - r * 1.2, y + r * 0.7), (x - r * 0.3, y - r * 0.6),
                  (x + r * 0.6, y + r * 0.7)), fill=colour)
    draw.polygon(((x - r * 0.1, y + r * 0.7), (x + r * 0.55, y - r * 0.2),
                  (x + r * 1.2, y + r * 0.7)), fill=colour, outline=background, width=6)


EMBLEMS = {
    "thuc-pham": _bowl,
    "do-uong": _cup,
    "duoc-lieu": _leaf,
    "thu-cong-my-nghe": _weave,
    "sinh-vat-canh": _flower,
    "du-lich": _mountains,
}


def _fit_title(draw, title: str, width: int, max_lines: int = 3):
    """The largest font (and wrapped lines) that fits ``title`` in ``width``."""
    for size in range(76, 30, -4):
        face = font(size)
        lines = textwrap.wrap(title, max(8, int(width / (size * 0.55))))
        fits = all(draw.textlength(line, font=face) <= width for line in lines)
        if fits and len(lines) <= max_lines:
            return face, lines
    return face, lines[:max_lines]


def _encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, quality=88)  # PNG ignores the quality
    return buffer.getvalue()


def product_image(title: str, group: str) -> bytes:
    """An 800×800 JPEG card: group label, emblem, product name, demo note.

    A pack size in brackets ("Nem chua (hộp 20 chiếc)") goes on its own,
    smaller line so the name itself can stay large.
    """
    background, accent = PALETTE[group]
    name, _, pack = legible(title).partition(" (")
    image = Image.new("RGB", (SIZE, SIZE), background)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, MARGIN), legible(GROUP_LABELS[group]), font=font(30), fill=accent)
    EMBLEMS[group](draw, SIZE // 2, EMBLEM_CENTRE, EMBLEM_RADIUS, accent, background)
    face, lines = _fit_title(draw, name, SIZE - 2 * MARGIN, max_lines=2 if pack else 3)
    line_height = int(face.size * 1.2)
    block = line_height * len(lines) + (PACK_LINE if pack else 0)
    y = TITLE_CENTRE - block // 2 + line_height // 2
    for line in lines:
        draw.text((SIZE // 2, y), line, font=face, fill=WHITE, anchor="mm")
        y += line_height
    if pack:
        draw.text((SIZE // 2, y - line_height // 2 + PACK_LINE // 2), pack.rstrip(")"),
                  font=font(36), fill=accent, anchor="mm")
    draw.text((SIZE // 2, SIZE - MARGIN), legible(FOOTER), font=font(24), fill=accent,
              anchor="mm")
    return _encode(image, "JPEG")


def initials(name: str) -> str:
    """Up to three initials of a producer's name, legal form left out."""
    for form in _LEGAL_FORMS:
        if name.startswith(form + " "):
            name = name[len(form) + 1:]
            break
    return "".join(word[0] for word in name.split()[:3]).upper()


def producer_logo(name: str, group: str) -> bytes:
    """A 400×400 PNG roundel with the producer's initials."""
    background, accent = PALETTE[group]
    image = Image.new("RGB", (LOGO_SIZE, LOGO_SIZE), WHITE)
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, LOGO_SIZE - 20, LOGO_SIZE - 20), fill=background)
    draw.ellipse((44, 44, LOGO_SIZE - 44, LOGO_SIZE - 44), outline=accent, width=6)
    centre = LOGO_SIZE // 2
    draw.text((centre, centre), legible(initials(name)), font=font(120), fill=WHITE, anchor="mm")
    return _encode(image, "PNG")
