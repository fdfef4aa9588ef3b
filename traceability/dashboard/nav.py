"""Dashboard menu entries of this section (composed in settings)."""
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    {
        "label": _("Truy xuất nguồn gốc"),
        "icon": "fas fa-qrcode",
        "children": [
            {"label": _("Vùng nguyên liệu"), "url_name": "dashboard:trace-zone-list"},
            {"label": _("Lô sản xuất"), "url_name": "dashboard:trace-batch-list"},
            {"label": _("Sự kiện chuỗi cung ứng"), "url_name": "dashboard:trace-event-list"},
            {"label": _("Tải lên sự kiện (CSV)"), "url_name": "dashboard:trace-event-upload"},
            {"label": _("Thống kê lượt quét"), "url_name": "dashboard:trace-scan-stats"},
            {"label": _("Phản ánh của người tiêu dùng"),
             "url_name": "dashboard:trace-report-list"},
        ],
    },
]
