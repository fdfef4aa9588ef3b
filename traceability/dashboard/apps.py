"""Producers' zones, batches, events, labels and scan statistics.

Served at /dashboard/trace/ (``shop.dashboard.apps.SECTIONS``). Producer
staff (partner dashboard access) and operators (staff) open every page
except the report status change, which is the operators' queue; what each
user sees is narrowed by ``traceability.dashboard.scoping``.
"""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class TraceabilityDashboardConfig(OscarDashboardConfig):
    label = "traceability_dashboard"
    name = "traceability.dashboard"
    verbose_name = _("Quản trị truy xuất nguồn gốc")
    default_permissions = ["is_staff"]

    #: URL name → view class: (module under traceability.dashboard.views, class).
    VIEWS = {
        "trace-zone-list": ("zones", "ZoneListView"),
        "trace-zone-create": ("zones", "ZoneCreateView"),
        "trace-zone-update": ("zones", "ZoneUpdateView"),
        "trace-batch-list": ("batches", "BatchListView"),
        "trace-batch-create": ("batches", "BatchCreateView"),
        "trace-batch-update": ("batches", "BatchUpdateView"),
        "trace-batch-labels": ("labels", "BatchLabelsPageView"),
        "trace-batch-labels-pdf": ("labels", "LabelSheetPDFView"),
        "trace-batch-serials-generate": ("labels", "SerialsGenerateView"),
        "trace-batch-serials-csv": ("labels", "SerialsCSVView"),
        "trace-event-list": ("events", "EventListView"),
        "trace-event-create": ("events", "EventCreateView"),
        "trace-event-update": ("events", "EventUpdateView"),
        "trace-event-upload": ("events", "EventUploadView"),
        "trace-scan-stats": ("scans", "ScanStatsView"),
        "trace-report-list": ("reports", "ReportListView"),
        "trace-report-detail": ("reports", "ReportDetailView"),
        "trace-report-update": ("reports", "ReportStatusView"),
    }
    #: Operators only; every other page is open to producer staff too.
    OPERATOR_ONLY = {"trace-report-update"}

    ROUTES = [
        ("zones/", "trace-zone-list"),
        ("zones/add/", "trace-zone-create"),
        ("zones/<int:pk>/", "trace-zone-update"),
        ("batches/", "trace-batch-list"),
        ("batches/add/", "trace-batch-create"),
        ("batches/<int:pk>/", "trace-batch-update"),
        ("batches/<int:pk>/labels/", "trace-batch-labels"),
        ("batches/<int:pk>/labels.pdf", "trace-batch-labels-pdf"),
        ("batches/<int:pk>/serials/", "trace-batch-serials-generate"),
        ("batches/<int:pk>/serials.csv", "trace-batch-serials-csv"),
        ("batches/<int:batch_pk>/events/add/", "trace-event-create"),
        ("events/", "trace-event-list"),
        ("events/<int:pk>/", "trace-event-update"),
        ("events/upload/", "trace-event-upload"),
        ("scans/", "trace-scan-stats"),
        ("reports/", "trace-report-list"),
        ("reports/<int:pk>/", "trace-report-detail"),
        ("reports/<int:pk>/status/", "trace-report-update"),
    ]

    def ready(self):
        super().ready()
        self.views = {
            name: get_class(f"traceability_dashboard.views.{module}", cls)
            for name, (module, cls) in self.VIEWS.items()
        }
        self.configure_permissions()

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        producer_or_operator = (
            DashboardPermission.staff, DashboardPermission.partner_dashboard_access
        )
        self.permissions_map = {
            name: (["is_staff"] if name in self.OPERATOR_ONLY else producer_or_operator)
            for name in self.VIEWS
        }

    def get_urls(self):
        urls = [
            path(route, self.views[name].as_view(), name=name) for route, name in self.ROUTES
        ]
        return self.post_process_urls(urls)
