from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    """Back-office roles and producer self-service (issue 8)."""

    name = "backoffice"
    verbose_name = _("Quản trị")

    def ready(self):
        from . import receivers  # noqa: F401
