"""Producer onboarding (invitations, profile) and producer reports.

The invitation link (``producer-invitation-accept``) is served here with the
rest of onboarding but without a login: its permissions are ``None``, and
Oscar's ``post_process_urls`` wraps a view in ``permissions_required`` only
when ``get_permissions()`` is truthy (oscar/core/application.py,
``get_url_decorator``), so the view is reached by anonymous visitors. The
token in the URL is what authorises it.
"""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class BackofficeDashboardConfig(OscarDashboardConfig):
    label = "backoffice_dashboard"
    name = "backoffice.dashboard"
    verbose_name = _("Quản trị chủ thể OCOP")
    default_permissions = ["is_staff"]

    def ready(self):
        views = "backoffice_dashboard.views"
        self.invitation_list_view = get_class(views, "InvitationListView")
        self.invitation_create_view = get_class(views, "InvitationCreateView")
        self.invitation_resend_view = get_class(views, "InvitationResendView")
        self.invitation_cancel_view = get_class(views, "InvitationCancelView")
        self.accept_view = get_class(views, "AcceptInvitationView")
        self.profile_view = get_class(views, "ProfileView")
        self.reports_view = get_class(views, "ReportsView")
        self.configure_permissions()

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        producer = (DashboardPermission.staff, DashboardPermission.partner_dashboard_access)
        self.permissions_map = {
            "producer-profile": producer,
            "producer-reports": producer,
            "producer-invitation-accept": None,  # the token authorises
        }

    def get_urls(self):
        urls = [
            path("invitations/", self.invitation_list_view.as_view(),
                 name="producer-invitation-list"),
            path("invitations/new/", self.invitation_create_view.as_view(),
                 name="producer-invitation-create"),
            path("invitations/<int:pk>/resend/", self.invitation_resend_view.as_view(),
                 name="producer-invitation-resend"),
            path("invitations/<int:pk>/cancel/", self.invitation_cancel_view.as_view(),
                 name="producer-invitation-cancel"),
            path("join/<str:token>/", self.accept_view.as_view(),
                 name="producer-invitation-accept"),
            path("profile/", self.profile_view.as_view(), name="producer-profile"),
            path("reports/", self.reports_view.as_view(), name="producer-reports"),
        ]
        return self.post_process_urls(urls)
