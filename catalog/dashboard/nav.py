"""Dashboard menu entries of this section (composed in settings).

Oscar hides the entries a user may not open, so one menu serves operators
(queue and all certificates), producers (their submissions and
certificates) and provincial officers (their province's certificates).
"""
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    {
        "label": _("Giấy chứng nhận OCOP"),
        "icon": "fas fa-certificate",
        "children": [
            {"label": _("Danh sách giấy chứng nhận"), "url_name": "dashboard:certificates-list"},
            {"label": _("Hồ sơ giấy chứng nhận"),
             "url_name": "dashboard:certificates-submission-list"},
            {"label": _("Gửi giấy chứng nhận"),
             "url_name": "dashboard:certificates-submission-create"},
        ],
    },
]
