"""GS1 Digital Link paths: parse them strictly, build them canonically.

The resolver must answer 400 to anything malformed and never 500, so this
module is pure (no database, no Django) and either returns a
:class:`DigitalLink` or raises :class:`Malformed` with a readable reason.

Supported paths (GS1 Digital Link URI syntax 1.x, primary key AI 01):

    /01/{gtin}
    /01/{gtin}/10/{lot}
    /01/{gtin}/10/{lot}/21/{serial}
    /01/{gtin}/21/{serial}

GTIN-8/12/13/14 are accepted, their check digit verified (python-stdnum)
and zero-padded to the canonical GTIN-14. Lot (AI 10) and serial (AI 21)
are 1–20 characters of GS1 "CSET 82", percent-encoded in URIs.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass
from urllib.parse import quote, unquote_to_bytes

from stdnum import ean

#: GS1 AI encodable character set 82 (GS1 General Specifications 7.11).
CSET82 = frozenset(string.ascii_letters + string.digits + "!\"%&'()*+,-./:;<=>?_")
MAX_LOT = 20
MAX_SERIAL = 20
GTIN_LENGTHS = (8, 12, 13, 14)
#: What may appear raw in a path segment (RFC 3986 pchar) besides %XX.
_PCHAR = re.compile(r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})*$")
#: Characters left as they are in canonical URIs; all others are %-encoded.
_SAFE = "-._"
_QUALIFIER_NAMES = {"10": "lot", "21": "serial"}


class Malformed(ValueError):
    """The path is not a well-formed GS1 Digital Link URI; the text says why."""


@dataclass(frozen=True)
class DigitalLink:
    gtin: str  # canonical GTIN-14
    lot: str | None = None
    serial: str | None = None

    @property
    def path(self) -> str:
        return build_path(self.gtin, self.lot, self.serial)


def canonical_gtin(value: str) -> str:
    """A GTIN-8/12/13/14 as GTIN-14, or :class:`Malformed`."""
    if not value or not value.isascii() or not value.isdigit():
        raise Malformed(f"GTIN phải là dãy chữ số (GTIN must be digits): {value[:40]!r}")
    if len(value) not in GTIN_LENGTHS:
        raise Malformed(
            f"GTIN phải có 8, 12, 13 hoặc 14 chữ số, không phải {len(value)} "
            f"(GTIN must have 8, 12, 13 or 14 digits)"
        )
    if not ean.is_valid(value):
        raise Malformed(f"Số kiểm tra của GTIN {value} sai (bad GTIN check digit)")
    return value.zfill(14)


def check_cset82(value: str, name: str, max_length: int) -> str:
    """Validate a decoded lot or serial; returns it unchanged."""
    if not value:
        raise Malformed(f"Thiếu {name} ({name} is empty)")
    if len(value) > max_length:
        raise Malformed(
            f"{name} dài {len(value)} ký tự, tối đa {max_length} "
            f"({name} longer than {max_length} characters)"
        )
    bad = sorted({ch for ch in value if ch not in CSET82})
    if bad:
        shown = "".join(bad)[:10]
        raise Malformed(
            f"{name} chứa ký tự không hợp lệ {shown!r} "
            f"({name} has characters outside GS1 CSET 82)"
        )
    return value


def _decode_segment(raw: str, name: str) -> str:
    if not _PCHAR.match(raw):
        raise Malformed(
            f"{name} chứa ký tự phải mã hoá phần trăm ({name} has unencoded characters)"
        )
    try:
        return unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        raise Malformed(f"{name} không phải UTF-8 hợp lệ ({name} is not valid UTF-8)") from None


def parse(path: str) -> DigitalLink:
    """Parse a percent-encoded URI path such as ``/01/0893…/10/L01``."""
    if not isinstance(path, str):
        raise Malformed("Đường dẫn không hợp lệ (invalid path)")
    segments = path.strip("/").split("/") if path.strip("/") else []
    if len(segments) < 2 or segments[0] != "01":
        raise Malformed("Đường dẫn phải bắt đầu bằng /01/{GTIN} (path must start with /01/{gtin})")
    if len(segments) % 2:
        raise Malformed("Mỗi mã AI phải có một giá trị (each application identifier needs a value)")
    gtin = canonical_gtin(_decode_segment(segments[1], "GTIN"))
    values: dict[str, str] = {}
    previous = "01"
    for i in range(2, len(segments), 2):
        ai, raw = segments[i], segments[i + 1]
        if ai not in _QUALIFIER_NAMES:
            raise Malformed(
                f"Mã AI {ai[:8]!r} không được hỗ trợ sau GTIN; chỉ 10 (lô) và 21 (serial) "
                f"(only AI 10 and 21 may qualify a GTIN)"
            )
        if ai in values or ai < previous:
            raise Malformed(
                "AI 10 phải đứng trước AI 21 và không lặp lại (AI 10 before 21, once each)"
            )
        name = _QUALIFIER_NAMES[ai]
        limit = MAX_LOT if ai == "10" else MAX_SERIAL
        values[ai] = check_cset82(_decode_segment(raw, name), name, limit)
        previous = ai
    return DigitalLink(gtin=gtin, lot=values.get("10"), serial=values.get("21"))


_DECODED = re.compile(
    r"^/?01/(?P<gtin>[^/]*)(?:/10/(?P<lot>.+?))?(?:/21/(?P<serial>.+?))?/?$", re.S
)


def parse_decoded(path: str) -> DigitalLink:
    """Parse a path whose percent-encoding a server already undid.

    WSGI servers decode ``%2F`` into ``/``, and CSET 82 allows "/" in lots
    and serials, so the AIs are located by the shape of the path (lot up to
    the last ``/21/``) and each value is re-encoded before :func:`parse`.
    Prefer :func:`parse` on the raw path where the server provides it.
    """
    match = _DECODED.match(path or "")
    if match is None:
        return parse(quote(path or "", safe="/"))
    parts = ["", "01", encode(match["gtin"])]
    for ai, name in (("10", "lot"), ("21", "serial")):
        if match[name] is not None:
            parts += [ai, encode(match[name])]
    return parse("/".join(parts))


def encode(value: str) -> str:
    """Percent-encode a lot or serial for a URI path segment."""
    return quote(value, safe=_SAFE)


def build_path(gtin: str, lot: str | None = None, serial: str | None = None) -> str:
    """The canonical path: GTIN-14, lot and serial percent-encoded.

    Raises :class:`Malformed` for values that ``parse`` would refuse, so a
    label is never printed with a code that cannot be resolved.
    """
    parts = ["", "01", canonical_gtin(gtin)]
    if lot is not None:
        parts += ["10", encode(check_cset82(lot, "lot", MAX_LOT))]
    if serial is not None:
        parts += ["21", encode(check_cset82(serial, "serial", MAX_SERIAL))]
    return "/".join(parts)


def build_url(base_url: str, gtin: str, lot: str | None = None, serial: str | None = None) -> str:
    """An absolute Digital Link URI on our own domain (what a QR encodes)."""
    return base_url.rstrip("/") + build_path(gtin, lot, serial)
