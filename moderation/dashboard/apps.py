"""The operators' queue of new and changed listings (staff only)."""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class ModerationDashboardConfig(OscarDashboardConfig):
    label = "moderation_dashboard"
    name = "moderation.dashboard"
    verbose_name = _("Quản trị kiểm duyệt")
    default_permissions = ["is_staff"]

    def ready(self):
        super().ready()
        views = "moderation_dashboard.views"  # Oscar loads by app label
        self.queue_view = get_class(views, "ReviewQueueView")
        self.detail_view = get_class(views, "ReviewDetailView")
        self.approve_view = get_class(views, "ReviewApproveView")
        self.reject_view = get_class(views, "ReviewRejectView")

    def get_urls(self):
        urls = [
            path("", self.queue_view.as_view(), name="moderation-review-list"),
            path("<int:pk>/", self.detail_view.as_view(), name="moderation-review-detail"),
            path("<int:pk>/approve/", self.approve_view.as_view(),
                 name="moderation-review-approve"),
            path("<int:pk>/reject/", self.reject_view.as_view(),
                 name="moderation-review-reject"),
        ]
        return self.post_process_urls(urls)
