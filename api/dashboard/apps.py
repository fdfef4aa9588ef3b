"""Producers' API keys in the back office: create, list, revoke.

Producer staff (``partner.dashboard_access``) create keys for the
producers they belong to and see and revoke only those; operators (staff)
see and revoke every key but create none (a key acts for a producer's user).
"""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class ApiDashboardConfig(OscarDashboardConfig):
    label = "api_dashboard"
    name = "api.dashboard"
    verbose_name = _("Quản trị khóa API")
    default_permissions = ["is_staff"]

    def ready(self):
        views = "api_dashboard.views"
        self.list_view = get_class(views, "TokenListView")
        self.create_view = get_class(views, "TokenCreateView")
        self.revoke_view = get_class(views, "TokenRevokeView")
        self.configure_permissions()

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        producer = (DashboardPermission.staff, DashboardPermission.partner_dashboard_access)
        self.permissions_map = {
            "api-token-list": producer,
            "api-token-create": producer,
            "api-token-revoke": producer,
        }

    def get_urls(self):
        urls = [
            path("tokens/", self.list_view.as_view(), name="api-token-list"),
            path("tokens/new/", self.create_view.as_view(), name="api-token-create"),
            path("tokens/<int:pk>/revoke/", self.revoke_view.as_view(),
                 name="api-token-revoke"),
        ]
        return self.post_process_urls(urls)
