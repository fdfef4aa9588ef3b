"""Certificates: operators record, check, suspend and revoke them; producers submit theirs."""
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig


class CertificatesDashboardConfig(OscarDashboardConfig):
    label = "certificates_dashboard"
    name = "catalog.dashboard"
    verbose_name = _("certificates_dashboard")
    default_permissions = ["is_staff"]

    def get_urls(self):
        urls = []
        return self.post_process_urls(urls)
