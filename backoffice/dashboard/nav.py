"""Dashboard menu entries of this section (composed in settings).

Oscar hides an entry its user may not open: producers see their profile and
reports, operators also the invitations.
"""
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    {
        "label": _("Chủ thể OCOP"),
        "icon": "fas fa-store",
        "children": [
            {"label": _("Hồ sơ chủ thể"), "url_name": "dashboard:producer-profile"},
            {"label": _("Báo cáo"), "url_name": "dashboard:producer-reports"},
            {"label": _("Mời chủ thể"), "url_name": "dashboard:producer-invitation-list"},
        ],
    },
]
