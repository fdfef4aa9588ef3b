"""Producer onboarding (invitations, profile) and producer reports."""
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class BackofficeDashboardConfig(OscarDashboardConfig):
    label = "backoffice_dashboard"
    name = "backoffice.dashboard"
    verbose_name = _("backoffice_dashboard")
    default_permissions = ["is_staff"]

    def get_urls(self):
        urls = []
        return self.post_process_urls(urls)
