"""Turning the cells people type into clean values, one column kind at a time.

Published OCOP lists are typed by hand in Excel in 34 provinces, so one
value arrives in many forms: "HTX", "Hợp tác xã", "hop tac xa"; "15/03/2024",
"2024-03-15" or a date cell; "120.000 ₫" or "120,000đ"; a GTIN or a tax code
whose leading zero Excel dropped. Each parser accepts those forms and returns
one canonical value, or raises :class:`FieldError` saying in Vietnamese what
was expected. Parsers never see an empty cell: whether a column may be empty
is decided by ``rows.py``.
"""

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from openpyxl.utils.datetime import from_excel
from oscar.core.loading import get_model
from stdnum import ean
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.vn import mst

from catalog import certificates
from catalog.groups import GROUPS, find_group
from catalog.text import fold
from shop import divisions

from .errors import FieldError

Partner = get_model("partner", "Partner")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")


#: For parsers of values that repeat down a list (a province, a group…):
#: a 20,000-row file then folds and looks up each distinct text once.
repeated = lru_cache(maxsize=4096)


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _integral(value):
    """An XLSX number as an int when it has no fraction (4.0 -> 4)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def cell_text(value, multiline=False) -> str:
    """A cell as NFC text with tidy white space.

    NFC because text copied from some tools arrives decomposed, and two
    spellings of "Thanh Hóa" must compare equal.
    """
    text = unicodedata.normalize("NFC", str(_integral(value)))
    if multiline:
        lines = (" ".join(line.split()) for line in text.splitlines())
        return "\n".join(lines).strip()
    return " ".join(text.split())


def text(max_length: int | None, multiline=False):
    """A parser for free text that must fit the model field it goes to."""

    def parse(value) -> str:
        result = cell_text(value, multiline)
        if max_length is not None and len(result) > max_length:
            raise FieldError(f"Dài {len(result)} ký tự, tối đa {max_length}.")
        return result

    return parse


def phone(max_length: int):
    """Phone numbers are kept as typed; Excel's numeric cells lose the 0."""
    parse_text = text(max_length)

    def parse(value) -> str:
        value = _integral(value)
        if isinstance(value, int):
            value = f"0{value}"
        return parse_text(value)

    return parse


class _Vocabulary:
    """Labels people write for a closed set of codes, compared folded.

    ``find`` accepts the label alone or at the start of a longer text, so
    "Công ty TNHH Nem Thanh Hóa" is recognised as an enterprise.
    """

    def __init__(self, aliases: dict):
        self._exact = {fold(alias): code for code, names in aliases.items() for alias in names}
        self._prefixes = sorted(self._exact, key=len, reverse=True)

    def find(self, value) -> str | None:
        key = fold(cell_text(value))
        if key in self._exact:
            return self._exact[key]
        return next((self._exact[p] for p in self._prefixes if key.startswith(p + " ")), None)


def _with_codes(aliases: dict) -> dict:
    """Aliases plus the stored code itself ("htx", "province"…).

    The model's labels are not used: they are lazy translations, and what a
    file may say must not depend on the language active at import time.
    """
    return {code: [code, *names] for code, names in aliases.items()}


_PT = Partner.ProducerType
PRODUCER_TYPES = _Vocabulary(
    _with_codes(
        {
            _PT.COOPERATIVE: ["HTX", "hợp tác xã", "liên hiệp hợp tác xã", "cooperative"],
            _PT.COOPERATIVE_GROUP: ["THT", "tổ hợp tác", "tổ HTX", "cooperative group"],
            _PT.ENTERPRISE: [
                "doanh nghiệp",
                "doanh nghiệp nhỏ và vừa",
                "DNNVV",
                "SME",
                "doanh nghiệp tư nhân",
                "DNTN",
                "công ty",
                "công ty TNHH",
                "công ty cổ phần",
                "cty",
                "CTCP",
                "TNHH",
                "enterprise",
                "company",
            ],
            _PT.HOUSEHOLD: [
                "hộ kinh doanh",
                "hộ kinh doanh có đăng ký",
                "hộ sản xuất",
                "hộ sản xuất có đăng ký kinh doanh",
                "hộ gia đình",
                "HKD",
                "cơ sở",
                "cơ sở sản xuất",
                "household",
            ],
            _PT.ASSOCIATION: ["hội", "hiệp hội", "hội / hiệp hội", "association"],
        },
    )
)

_LV = OCOPCertificate.Level
LEVELS = _Vocabulary(
    _with_codes(
        {
            _LV.CENTRAL: [
                "trung ương",
                "TW",
                "cấp trung ương",
                "cấp TW",
                "quốc gia",
                "cấp quốc gia",
                "Bộ Nông nghiệp và Phát triển nông thôn",
                "Bộ Nông nghiệp và Môi trường",
            ],
            _LV.PROVINCE: ["tỉnh", "cấp tỉnh", "UBND tỉnh", "cấp tỉnh/thành phố"],
            _LV.DISTRICT: [
                "huyện",
                "cấp huyện",
                "cấp huyện (trước 2025)",
                "UBND huyện",
                "cấp huyện/thị xã",
            ],
        },
    )
)


@repeated
def producer_type(value) -> str:
    code = PRODUCER_TYPES.find(value)
    if code is None:
        raise FieldError(
            f"Không nhận ra loại chủ thể “{cell_text(value)}” (dùng: HTX, tổ hợp tác, "
            "doanh nghiệp, hộ kinh doanh, hội)."
        )
    return code


@repeated
def certificate_level(value) -> str:
    code = LEVELS.find(value)
    if code is None:
        raise FieldError(
            f"Không nhận ra cấp công nhận “{cell_text(value)}” (dùng: trung ương, tỉnh, huyện)."
        )
    return code


@repeated
def product_group(value) -> str:
    code = find_group(cell_text(value))
    if code is None:
        names = "; ".join(vi for _code, vi, _en in GROUPS)
        raise FieldError(f"“{cell_text(value)}” không thuộc 6 nhóm sản phẩm OCOP ({names}).")
    return code


@repeated
def province(value) -> str:
    """The current province code, from a current or pre-2025 name or a code."""
    found = divisions.find_province(cell_text(value))
    if found is None:
        raise FieldError(
            f"Không tìm thấy tỉnh/thành “{cell_text(value)}” (tên hiện nay, tên trước "
            "1/7/2025 hoặc mã tỉnh)."
        )
    return divisions.province_code(found)


@repeated
def commune(name: str, province_code: str) -> tuple[str, str, bool]:
    """(code, text, unverified): a commune not on today's list is kept as text.

    Lists issued before the 2025 reform name communes that no longer exist;
    they are not errors, an operator fixes them later.
    """
    ward = divisions.find_commune(name, province_code)
    if ward is None:
        return "", name, True
    return divisions.ward_code(ward), "", False


_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+[\d:]+)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]*)?")
_YEARS = range(1990, 2101)


def date(value) -> dt.date:
    """dd/mm/yyyy (also with - or .), yyyy-mm-dd, or an XLSX date cell."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        day = _excel_serial(value)
    else:
        day = _date_text(cell_text(value))
    if day.year not in _YEARS:
        raise FieldError(f"Năm {day.year} không hợp lý.")
    return day


def _excel_serial(value) -> dt.date:
    """A date cell Excel stores as a serial number (not formatted as a date)."""
    try:
        return from_excel(value).date()
    except (ValueError, OverflowError, AttributeError):
        raise FieldError(f"“{value}” không phải ngày (dùng dd/mm/yyyy).") from None


def _date_text(text_value: str) -> dt.date:
    if match := _DMY.fullmatch(text_value):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(text_value):
        year, month, day = match.groups()
    else:
        raise FieldError(f"“{text_value}” không phải ngày (dùng dd/mm/yyyy, ví dụ 15/03/2024).")
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise FieldError(f"Ngày “{text_value}” không tồn tại.") from None


_CURRENCY = re.compile(r"(₫|vnđ|vnd|đồng|đ)\.?$", re.IGNORECASE)
# 120000 | 120.000 | 120,000 with an optional all-zero fraction (120.000,00).
_AMOUNT = re.compile(
    r"(?P<int>\d{1,3}(?:(?P<sep>[.,])\d{3})(?:(?P=sep)\d{3})*|\d+)"
    r"(?:(?P<dec>[.,])(?P<frac>\d{1,2}))?"
)
_MAX_PRICE = Decimal("9999999999")  # StockRecord.price: 12 digits, 2 decimals


def price(value) -> Decimal:
    """A VND price: whole đồng, thousands grouped with "." or ","."""
    value = _integral(value)
    if isinstance(value, float):
        raise FieldError(f"Giá {value} có số lẻ; đồng Việt Nam không có hào, xu.")
    raw = cell_text(value)
    compact = _CURRENCY.sub("", raw.replace(" ", "")).strip()
    match = _AMOUNT.fullmatch(compact)
    if not match or (match["dec"] and match["dec"] == match["sep"]):
        raise FieldError(f"“{raw}” không phải giá (ví dụ 120000, 120.000 hoặc 120.000 ₫).")
    if match["frac"] and int(match["frac"]):
        raise FieldError(f"Giá “{raw}” có số lẻ; đồng Việt Nam không có hào, xu.")
    amount = Decimal(re.sub(r"\D", "", match["int"]))
    if not 0 < amount <= _MAX_PRICE:
        most = f"{_MAX_PRICE:,}".replace(",", ".")
        raise FieldError(f"Giá “{raw}” phải lớn hơn 0 và không quá {most} ₫.")
    return amount


def gtin(value) -> str:
    """A GTIN-8/12/13/14 with a correct check digit, returned as GTIN-14.

    GTIN-14 is the form GS1 Digital Link URIs use (/01/{gtin14}); left zeros
    do not change a GTIN's check digit. A numeric XLSX cell may have lost
    its leading zeros, so its digits are padded before the check.
    """
    value = _integral(value)
    raw = cell_text(value)
    if re.search(r"\d[eE]\+?\d", raw):
        raise FieldError(
            f"“{raw}” là dạng số mũ của Excel: định dạng cột gtin là Văn bản (Text) "
            "rồi nhập lại đủ chữ số."
        )
    digits = ean.compact(raw)
    lengths = range(6, 15) if isinstance(value, int) else (8, 12, 13, 14)
    if not digits.isdigit() or len(digits) not in lengths:
        raise FieldError(f"“{raw}” không phải GTIN (8, 12, 13 hoặc 14 chữ số).")
    try:
        return ean.validate(digits.zfill(14))
    except InvalidChecksum:
        raise FieldError(f"GTIN {raw} sai số kiểm tra (chữ số cuối).") from None
    except ValidationError:
        raise FieldError(f"“{raw}” không phải GTIN hợp lệ.") from None


def tax_code(value) -> str:
    """Mã số thuế: 10 digits, or 13 (10 + "-" + 3) for a branch.

    A numeric XLSX cell drops the leading 0 of codes such as 0100109106.
    """
    value = _integral(value)
    if isinstance(value, int):
        raw = str(value).zfill(10 if value < 10**10 else 13)
    else:
        raw = cell_text(value)
    if not mst.is_valid(raw):
        raise FieldError(
            f"Mã số thuế “{cell_text(value)}” không hợp lệ (10 chữ số, hoặc "
            "10 chữ số-3 chữ số cho chi nhánh)."
        )
    return mst.format(raw)


def stars(value) -> int:
    """3, 4 or 5, written as a number, "4 sao" or "★★★★"."""
    raw = cell_text(value)
    if raw and set(raw) <= {"★", "*"}:
        count = len(raw)
    elif match := re.fullmatch(r"(\d)\s*(?:sao|★|\*|stars?)?", fold(raw)):
        count = int(match[1])
    else:
        raise FieldError(f"“{raw}” không phải số sao (3, 4 hoặc 5).")
    if count not in certificates.CERTIFIED_STARS:
        raise FieldError(
            f"{count} sao không được công nhận là sản phẩm OCOP (chỉ 3, 4 hoặc 5 sao)."
        )
    return count


def score(value) -> Decimal:
    """Points out of 100, "85,5" or "85.5", at most two decimals."""
    raw = cell_text(value)
    try:
        points = Decimal(raw.replace(",", "."))
    except InvalidOperation:
        raise FieldError(f"“{raw}” không phải điểm (0–100).") from None
    if not points.is_finite() or not 0 <= points <= 100:
        raise FieldError(f"Điểm “{raw}” phải từ 0 đến 100.")
    if points != points.quantize(Decimal("0.01")):
        raise FieldError(f"Điểm “{raw}” có quá 2 chữ số thập phân.")
    return points
