"""Provincial officers' outlets, assortments, inspections and coverage.

Officers are not staff: reading needs ``outlets.view_outlet``, changing the
matching add/change/delete permission, and every view then checks the
province through ``outlets.scoping`` (operators, being staff, pass both).
"""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class

#: URL name → the outlets permission it needs besides staff.
PERMISSIONS = {
    "outlets-list": "view_outlet",
    "outlets-detail": "view_outlet",
    "outlets-overdue": "view_outlet",
    "outlets-coverage": "view_outlet",
    "outlets-create": "add_outlet",
    "outlets-update": "change_outlet",
    "outlets-status": "change_outlet",
    "outlets-assortment-add": "add_outletproduct",
    "outlets-assortment-remove": "delete_outletproduct",
    "outlets-inspection-create": "add_inspection",
    "outlets-inspection-update": "change_inspection",
}


class OutletsDashboardConfig(OscarDashboardConfig):
    label = "outlets_dashboard"
    name = "outlets.dashboard"
    verbose_name = _("Quản trị điểm bán OCOP")
    default_permissions = ["is_staff"]

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        self.permissions_map = {
            name: (DashboardPermission.staff, [f"outlets.{codename}"])
            for name, codename in PERMISSIONS.items()
        }

    def ready(self):
        super().ready()
        views = "outlets_dashboard.views"  # Oscar loads by app label
        for attr, view in [
            ("list_view", "OutletListView"), ("detail_view", "OutletDetailView"),
            ("edit_view", "OutletEditView"), ("status_view", "OutletStatusView"),
            ("assortment_add_view", "AssortmentAddView"),
            ("assortment_remove_view", "AssortmentRemoveView"),
            ("inspection_view", "InspectionEditView"), ("overdue_view", "OverdueListView"),
            ("coverage_view", "CoverageView"),
        ]:
            setattr(self, attr, get_class(views, view))
        self.configure_permissions()  # as Oscar's own dashboard apps do in ready()

    def get_urls(self):
        urls = [
            path("", self.list_view.as_view(), name="outlets-list"),
            path("new/", self.edit_view.as_view(), name="outlets-create"),
            path("<int:pk>/", self.detail_view.as_view(), name="outlets-detail"),
            path("<int:pk>/edit/", self.edit_view.as_view(), name="outlets-update"),
            path("<int:pk>/status/", self.status_view.as_view(), name="outlets-status"),
            path("<int:pk>/assortment/", self.assortment_add_view.as_view(),
                 name="outlets-assortment-add"),
            path("<int:pk>/assortment/<int:row_pk>/remove/",
                 self.assortment_remove_view.as_view(), name="outlets-assortment-remove"),
            path("<int:pk>/inspections/new/", self.inspection_view.as_view(),
                 name="outlets-inspection-create"),
            path("inspections/<int:inspection_pk>/", self.inspection_view.as_view(),
                 name="outlets-inspection-update"),
            path("overdue/", self.overdue_view.as_view(), name="outlets-overdue"),
            path("coverage/", self.coverage_view.as_view(), name="outlets-coverage"),
        ]
        return self.post_process_urls(urls)
