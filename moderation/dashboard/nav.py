"""Dashboard menu entries of this section (composed in settings).

Operators only; Oscar hides the entry from everyone else.
"""
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    {
        "label": _("Duyệt sản phẩm"),
        "icon": "fas fa-clipboard-check",
        "url_name": "dashboard:moderation-review-list",
    },
]
