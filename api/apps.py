from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """Open data API, certificate verification, live badges, producer write API."""

    name = "api"
    label = "api"
    verbose_name = _("API dữ liệu mở")
    default_auto_field = "django.db.models.AutoField"

    def ready(self):
        from . import schema  # noqa: F401  (registers the token scheme with drf-spectacular)
