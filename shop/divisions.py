"""Vietnam's administrative divisions after the 1 July 2025 reform.

34 provinces and 3,321 communes/wards with official codes come from the
``vietnam-provinces`` package; the 63 former provinces map onto their
successors through ``data/province-merger-2025.csv`` (Nghị quyết
202/2025/QH15). Codes are stored as zero-padded strings ("01", "00070"), the
form the General Statistics Office publishes.
"""
import csv
import re
from functools import lru_cache
from pathlib import Path

from vietnam_provinces import Province, Ward

from catalog.text import fold

MERGER_CSV = Path(__file__).parent / "data" / "province-merger-2025.csv"
# Prefixes people write before a name; "TP." and "Tp" are common in lists.
_PROVINCE_PREFIX = re.compile(r"^(?:(?:tinh|thanh pho|tp)\s+|tp\.\s*)")
_COMMUNE_PREFIX = re.compile(r"^(?:(?:xa|phuong|dac khu|thi tran)\s+|[px]\.\s*)")


def province_code(province: Province) -> str:
    return f"{int(province.code):02d}"


def ward_code(ward: Ward) -> str:
    return f"{int(ward.code):05d}"


# "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu" and "Bà Rịa - Vũng Tàu" are one name.
_DASHES = re.compile(r"\s*[-‐‑‒–—]\s*")


def _name_key(text: str) -> str:
    return _DASHES.sub(" ", fold(text)).replace("  ", " ")


def _province_key(text: str) -> str:
    return _PROVINCE_PREFIX.sub("", _name_key(text))


def _commune_key(text: str) -> str:
    return _COMMUNE_PREFIX.sub("", _name_key(text))


@lru_cache(maxsize=1)
def _provinces_by_key() -> dict:
    index = {}
    for province in Province.iter_all():
        index[_province_key(province.name)] = province
        index[province_code(province)] = province
        index[str(int(province.code))] = province
    # Former provinces name their successor; current names win over old ones.
    with MERGER_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            successor = Province.from_code(int(row["new_province_code"]))
            index.setdefault(_province_key(row["old_province"]), successor)
    return index


@lru_cache(maxsize=1)
def _wards_by_province() -> dict:
    index: dict = {}
    for ward in Ward.iter_all():
        by_key = index.setdefault(f"{int(ward.province_code):02d}", {})
        by_key[_commune_key(ward.name)] = ward
        by_key[fold(ward.name)] = ward
        by_key[ward_code(ward)] = ward
        by_key[str(int(ward.code))] = ward
    return index


def find_province(text) -> Province | None:
    """A province from its current name, code or pre-2025 name, or None."""
    if text is None or not str(text).strip():
        return None
    return _provinces_by_key().get(_province_key(str(text)))


def find_commune(text, province_code_: str) -> Ward | None:
    """A commune/ward of the given province from its name or code, or None."""
    if text is None or not str(text).strip():
        return None
    wards = _wards_by_province().get(province_code_, {})
    return wards.get(fold(str(text))) or wards.get(_commune_key(str(text)))


def province_name(code: str) -> str:
    if not code:
        return ""
    try:
        return Province.from_code(int(code)).name
    except ValueError:
        return code


def commune_name(code: str) -> str:
    if not code:
        return ""
    try:
        return Ward.from_code(int(code)).name
    except ValueError:
        return code


def province_choices() -> list[tuple[str, str]]:
    return sorted(
        ((province_code(p), p.name) for p in Province.iter_all()),
        key=lambda choice: fold(_province_key(choice[1])),
    )


def code_errors(province_code: str, commune_code: str) -> dict:
    """Form/model errors for a province and commune given as official codes.

    Used by every model that stores an address as codes (producers, outlets,
    raw-material zones) so they refuse the same things with the same words.
    """
    from django.utils.translation import gettext as _

    if province_code and find_province(province_code) is None:
        return {
            "province_code": _("Mã tỉnh/thành %(code)s không có trong danh mục 2025.")
            % {"code": province_code}
        }
    if commune_code and find_commune(commune_code, province_code) is None:
        return {
            "commune_code": _("Mã xã/phường %(code)s không thuộc tỉnh/thành đã chọn.")
            % {"code": commune_code}
        }
    return {}
