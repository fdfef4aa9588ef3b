"""Dashboard menu entries of this section (composed in settings).

Oscar hides an entry from users its view would refuse, so producers never
see these and officers see them without being staff.
"""
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    {
        "label": _("Điểm bán OCOP"),
        "icon": "fas fa-store",
        "children": [
            {"label": _("Danh sách điểm bán"), "url_name": "dashboard:outlets-list"},
            {"label": _("Khắc phục quá hạn"), "url_name": "dashboard:outlets-overdue"},
            {"label": _("Độ phủ điểm bán"), "url_name": "dashboard:outlets-coverage"},
        ],
    },
]
