"""Vietnamese text folding shared by slugs, imports and (later) search.

``unicodedata``'s NFD strip leaves ``đ``/``Đ`` alone (it is a letter of its
own, not d plus a mark), so it is mapped explicitly; without this
"Đồng Tháp" slugs to "ong-thap".
"""
import re
import unicodedata

from django.utils.text import slugify as django_slugify

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def strip_accents(value: str) -> str:
    """Remove Vietnamese diacritics: "Bánh gai Tứ Trụ" -> "Banh gai Tu Tru"."""
    decomposed = unicodedata.normalize("NFD", str(value).translate(_D_MAP))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def fold(value: str) -> str:
    """Accent- and case-insensitive key with collapsed white space."""
    return re.sub(r"\s+", " ", strip_accents(value)).strip().casefold()


def slugify(value, allow_unicode=False) -> str:
    """Oscar's ``OSCAR_SLUG_FUNCTION``: ASCII slugs that keep every letter."""
    if allow_unicode:
        return django_slugify(str(value), allow_unicode=True)
    return django_slugify(strip_accents(str(value)))
