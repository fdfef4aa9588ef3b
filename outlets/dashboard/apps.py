"""Provincial officers' outlets, assortments, inspections and coverage."""
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class OutletsDashboardConfig(OscarDashboardConfig):
    label = "outlets_dashboard"
    name = "outlets.dashboard"
    verbose_name = _("outlets_dashboard")
    default_permissions = ["is_staff"]

    def get_urls(self):
        urls = []
        return self.post_process_urls(urls)
