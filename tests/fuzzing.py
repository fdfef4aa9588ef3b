"""How many cases a fuzz test runs: few by default, thousands on demand.

``make test`` must stay quick, so each fuzz test names a small count; with
``HYPOTHESIS_PROFILE=thorough`` (registered in tests/conftest.py) the same
tests run the profile's count, or the ``thorough`` count a test names when
its cases are costly (a whole API request, say).
"""
import os

from hypothesis import settings

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"


def examples(quick: int, thorough: int | None = None) -> int:
    if not THOROUGH:
        return quick
    return thorough or settings().max_examples


def snapshot(*app_labels) -> dict:
    """Every row of every model of ``app_labels``: equal before and after
    means the command changed nothing (history tables included)."""
    from django.apps import apps

    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for label in app_labels
        for model in apps.get_app_config(label).get_models()
        if model._meta.managed  # not Oscar's category view (PostgreSQL only)
    }


#: Cells people (and spreadsheets) really produce, beside random text.
NASTY_CELLS = [
    "", " ", "\ufeff", "\u202enem", "=HYPERLINK(\"http://x\")", "8.93612E+12", "-1", "0",
    "99999999999999999999999", "1e309", "nan", "inf", "31/02/2024", "2024-13-01",
    "４", "𝟜", "'; DROP TABLE partner_partner; --", "\x00", "a\nb", '"', "\\", "%s",
    "x" * 5000, "Thanh Hóa" * 50, "0,5", "100.000,5 ₫", "Cấp xã",
]


def cells():
    """One cell's text: random unicode, long strings, or a known nasty value."""
    from hypothesis import strategies as st

    return st.one_of(
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=1000),
        st.sampled_from(NASTY_CELLS),
    )
