"""Certificates: operators record, check, suspend and revoke them; producers submit theirs.

Producers (``partner.dashboard_access``) reach the submission pages and read
their own certificates; provincial officers (``catalogue.view_ocopcertificate``)
read the certificates of their province; only staff decide anything.
Object scoping is in ``catalog.dashboard.scoping``.
"""
from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarDashboardConfig
from oscar.core.loading import get_class


class CertificatesDashboardConfig(OscarDashboardConfig):
    label = "certificates_dashboard"
    name = "catalog.dashboard"
    verbose_name = _("Quản trị giấy chứng nhận OCOP")
    default_permissions = ["is_staff"]

    def configure_permissions(self):
        DashboardPermission = get_class("dashboard.permissions", "DashboardPermission")
        producers = (DashboardPermission.staff, DashboardPermission.partner_dashboard_access)
        readers = producers + (["catalogue.view_ocopcertificate"],)
        self.permissions_map = {
            "certificates-list": readers,
            "certificates-detail": readers,
            "certificates-submission-list": producers,
            "certificates-submission-create": (DashboardPermission.partner_dashboard_access,
                                               DashboardPermission.staff),
            "certificates-submission-detail": producers,
            "certificates-submission-file": producers,
        }

    def ready(self):
        super().ready()
        self.configure_permissions()
        views = "certificates_dashboard.views"
        self.list_view = get_class(views, "CertificateListView")
        self.detail_view = get_class(views, "CertificateDetailView")
        self.status_view = get_class(views, "CertificateStatusView")
        self.submission_list_view = get_class(views, "SubmissionListView")
        self.submission_create_view = get_class(views, "SubmissionCreateView")
        self.submission_detail_view = get_class(views, "SubmissionDetailView")
        self.submission_file_view = get_class(views, "SubmissionFileView")
        self.submission_link_view = get_class(views, "SubmissionLinkView")
        self.submission_record_view = get_class(views, "SubmissionRecordView")
        self.submission_reject_view = get_class(views, "SubmissionRejectView")

    def get_urls(self):
        submission = "submissions/<int:pk>/"
        urls = [
            path("", self.list_view.as_view(), name="certificates-list"),
            path("<int:pk>/", self.detail_view.as_view(), name="certificates-detail"),
            path("<int:pk>/status/", self.status_view.as_view(), name="certificates-status"),
            path("submissions/", self.submission_list_view.as_view(),
                 name="certificates-submission-list"),
            path("submissions/new/", self.submission_create_view.as_view(),
                 name="certificates-submission-create"),
            path(submission, self.submission_detail_view.as_view(),
                 name="certificates-submission-detail"),
            path(submission + "file/", self.submission_file_view.as_view(),
                 name="certificates-submission-file"),
            path(submission + "link/", self.submission_link_view.as_view(),
                 name="certificates-submission-link"),
            path(submission + "record/", self.submission_record_view.as_view(),
                 name="certificates-submission-record"),
            path(submission + "reject/", self.submission_reject_view.as_view(),
                 name="certificates-submission-reject"),
        ]
        return self.post_process_urls(urls)
