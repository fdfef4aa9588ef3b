"""Scan statistics: possible copies first, then counts per code, batch and day."""
from django.views import generic

from ... import copies, scanstats
from .. import scoping


class ScanStatsView(generic.TemplateView):
    template_name = "traceability/dashboard/scan_stats.html"

    def get_context_data(self, **kwargs):
        user = self.request.user
        scans = scanstats.human_scans(scoping.products(user))
        days = scanstats.per_day(scans)
        return super().get_context_data(
            flagged=list(copies.flagged_serials(scoping.serials(user))[:200]),
            scan_threshold=copies.scan_threshold(),
            network_threshold=copies.network_threshold(),
            per_code=scanstats.per_code(scans),
            per_batch=scanstats.per_batch(scans),
            per_day=days,
            day_max=max((count for _day, count in days), default=0) or 1,
            window=scanstats.DAYS,
            is_operator=user.is_staff,
            **kwargs,
        )
