"""Producers' zones, batches, events, labels and scan statistics."""
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class TraceabilityDashboardConfig(OscarDashboardConfig):
    label = "traceability_dashboard"
    name = "traceability.dashboard"
    verbose_name = _("traceability_dashboard")
    default_permissions = ["is_staff"]

    def get_urls(self):
        urls = []
        return self.post_process_urls(urls)
