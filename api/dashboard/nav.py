"""Dashboard menu entry of the API keys section (composed in settings)."""
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    {"label": _("Khóa API"), "icon": "fas fa-key", "url_name": "dashboard:api-token-list"},
]
