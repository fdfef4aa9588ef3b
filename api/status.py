"""The words and colours of a certificate's state today.

The words are those of the site's status chip
(``ocop/partials/status_chip.html``, the same template and translations
the product page shows), so the API, the badge and the page never
disagree. The state itself is ``OCOPCertificate.state``.
"""
from django.template.loader import render_to_string
from django.utils.html import strip_tags
from django.utils.translation import gettext

#: (background, text) per state, the colours of the chip in ocop.css.
GREEN, YELLOW, RED = "#1e6b34", "#f7c948", "#b02a1f"
COLOURS = {
    "valid": (GREEN, "#ffffff"),
    "expiring": (YELLOW, "#3d220c"),
}
LAPSED_COLOURS = (RED, "#ffffff")


def state_words(certificate) -> str:
    html = render_to_string(
        "ocop/partials/status_chip.html",
        {"certificate": certificate, "state": certificate.state,
         "days_left": certificate.days_left},
    )
    return " ".join(strip_tags(html).split())


def stars_words(stars) -> str:
    # The msgid of the badge template's {% blocktrans %}, so one translation.
    return gettext("%(stars)s sao OCOP") % {"stars": stars}


def colours(state):
    return COLOURS.get(state, LAPSED_COLOURS)
