from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """New listings and changes to listed products wait here for an operator."""

    name = "moderation"
    verbose_name = _("Kiểm duyệt")
