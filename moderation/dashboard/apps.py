"""The operators' queue of new and changed listings."""
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class ModerationDashboardConfig(OscarDashboardConfig):
    label = "moderation_dashboard"
    name = "moderation.dashboard"
    verbose_name = _("moderation_dashboard")
    default_permissions = ["is_staff"]

    def get_urls(self):
        urls = []
        return self.post_process_urls(urls)
