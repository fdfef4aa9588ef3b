"""Certificate back office: producers submit, operators check and decide.

Views stay thin: scoping lives in ``scoping``, rules in the models and
forms. Every lookup goes through ``scoping.readable`` so another
producer's (or province's) record answers 404, by GET and by POST.
"""
import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import generic
from oscar.core.loading import get_class, get_model

from catalog import expiry

from . import scoping

OCOPCertificate = get_model("catalogue", "OCOPCertificate")
CertificateSubmission = get_model("catalogue", "CertificateSubmission")
SubmissionForm = get_class("certificates_dashboard.forms", "SubmissionForm")
RecordCertificateForm = get_class("certificates_dashboard.forms", "RecordCertificateForm")
ReasonForm = get_class("certificates_dashboard.forms", "ReasonForm")
StatusChangeForm = get_class("certificates_dashboard.forms", "StatusChangeForm")
CertificateFilterForm = get_class("certificates_dashboard.forms", "CertificateFilterForm")


def _shown(field, value):
    """A history value as people read it: choice label, dd/mm/yyyy, or "—"."""
    if value in (None, ""):
        return "—"
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return value


# --- Certificates ------------------------------------------------------------
class CertificateListView(generic.ListView):
    template_name = "catalog/dashboard/certificate_list.html"
    context_object_name = "certificates"
    paginate_by = 50

    def get_queryset(self):
        queryset = scoping.readable(
            OCOPCertificate.objects.select_related("product__producer"), self.request.user
        )
        self.form = CertificateFilterForm(self.request.GET or None)
        if not self.form.is_valid():
            return queryset
        data = self.form.cleaned_data
        if data["q"]:
            queryset = queryset.filter(number__icontains=data["q"]) | queryset.filter(
                product__title__icontains=data["q"]
            )
        if data["status"]:
            queryset = queryset.filter(status=data["status"])
        if data["stars"]:
            queryset = queryset.filter(stars=data["stars"])
        if data["province"]:
            queryset = queryset.filter(product__producer__province_code=data["province"])
        today = timezone.localdate()
        if data["validity"] == "expiring":
            queryset = queryset.filter(pk__in=expiry.running_out().values("pk"))
        elif data["validity"] == "expired":
            queryset = queryset.filter(valid_until__lt=today)
        return queryset

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class CertificateDetailView(generic.DetailView):
    template_name = "catalog/dashboard/certificate_detail.html"
    context_object_name = "certificate"

    def get_queryset(self):
        return scoping.readable(
            OCOPCertificate.objects.select_related("product__producer"), self.request.user
        )

    def audit_trail(self):
        """Historical records, newest first, each with what it changed.

        Diffs are computed between loaded records (no query per row), and
        shown with the fields' Vietnamese names and choice labels.
        """
        records = list(self.object.history.select_related("history_user"))
        for record, older in zip(records, records[1:] + [None], strict=True):
            changes = record.diff_against(older).changes if older else []
            record.changes = [
                (field.verbose_name, _shown(field, change.old), _shown(field, change.new))
                for change in changes
                for field in [OCOPCertificate._meta.get_field(change.field)]
            ]
        return records

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["history"] = self.audit_trail()
        ctx["status_changes"] = self.object.status_changes.select_related("changed_by")
        ctx["submissions"] = self.object.submissions.select_related("submitted_by")
        if self.request.user.is_staff:
            ctx["status_form"] = kwargs.get("status_form") or StatusChangeForm(
                certificate=self.object
            )
        return ctx


class CertificateStatusView(CertificateDetailView):
    """Operators suspend, revoke or reinstate, with a reason; at once."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        form = StatusChangeForm(request.POST, certificate=self.object)
        if not form.is_valid():
            messages.error(request, _("Chưa đổi trạng thái: xem lỗi bên dưới."))
            return self.render_to_response(self.get_context_data(status_form=form))
        self.object.change_status(
            form.new_status, reason=form.cleaned_data["reason"], by=request.user
        )
        messages.success(request, _("Giấy chứng nhận %(number)s: %(status)s.") % {
            "number": self.object.number, "status": self.object.get_status_display()})
        return HttpResponseRedirect(
            reverse("dashboard:certificates-detail", args=[self.object.pk])
        )


# --- Submissions ---------------------------------------------------------------
class SubmissionQuerysetMixin:
    def get_queryset(self):
        return scoping.readable(
            CertificateSubmission.objects.select_related(
                "product__producer", "submitted_by", "decided_by", "certificate"
            ),
            self.request.user,
        )


class SubmissionListView(SubmissionQuerysetMixin, generic.ListView):
    """Producers: their submissions. Operators: the queue, pending first."""

    template_name = "catalog/dashboard/submission_list.html"
    context_object_name = "submissions"
    paginate_by = 50

    def get_queryset(self):
        queryset = super().get_queryset()
        self.status = self.request.GET.get("status", "")
        if self.status in CertificateSubmission.Status.values:
            queryset = queryset.filter(status=self.status)
        # Pending (undecided) first: the operators' queue, oldest claims on top.
        return queryset.order_by(F("decided_at").desc(nulls_first=True), "submitted_at")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=CertificateSubmission.Status.choices, status=self.status, **kwargs
        )


class SubmissionCreateView(generic.CreateView):
    template_name = "catalog/dashboard/submission_form.html"
    form_class = SubmissionForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        form.instance.submitted_by = self.request.user
        with transaction.atomic():
            self.object = form.save()
        messages.success(self.request, _("Đã gửi giấy chứng nhận. Bộ phận vận hành sẽ kiểm "
                                         "tra với danh sách công bố."))
        return HttpResponseRedirect(
            reverse("dashboard:certificates-submission-detail", args=[self.object.pk])
        )

    def form_invalid(self, form):
        messages.error(self.request, _("Chưa gửi được: xem lỗi bên dưới."))
        return super().form_invalid(form)


class SubmissionDetailView(SubmissionQuerysetMixin, generic.DetailView):
    """The submission; for operators, the check against the published list."""

    template_name = "catalog/dashboard/submission_detail.html"
    context_object_name = "submission"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        if self.request.user.is_staff and self.object.is_pending:
            match = self.object.published_match()
            ctx["match"] = match
            ctx["match_fits"] = bool(match and match.product_id == self.object.product_id)
            ctx["reject_form"] = kwargs.get("reject_form") or ReasonForm()
            if match is None:
                ctx["record_form"] = kwargs.get("record_form") or RecordCertificateForm(
                    initial=RecordCertificateForm.initial_from(self.object)
                )
        return ctx


class SubmissionFileView(SubmissionQuerysetMixin, generic.DetailView):
    """The scan, served only to those who may read the submission."""

    def render_to_response(self, context, **kwargs):
        document = self.object.document
        if not document or not document.storage.exists(document.name):
            raise Http404
        return FileResponse(document.open("rb"), filename=document.name.rsplit("/", 1)[-1])


class SubmissionDecisionView(SubmissionDetailView):
    """Base of the operators' POST-only decisions on a pending submission."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not self.object.is_pending:
            messages.error(request, _("Hồ sơ này đã được xử lý."))
            return self.back()
        return self.decide(request)

    def back(self):
        return HttpResponseRedirect(
            reverse("dashboard:certificates-submission-detail", args=[self.object.pk])
        )

    def done(self, message):
        messages.success(self.request, message)
        return HttpResponseRedirect(reverse("dashboard:certificates-submission-list"))


class SubmissionLinkView(SubmissionDecisionView):
    """Confirm a certificate already imported from the published list."""

    def decide(self, request):
        match = self.object.published_match()
        if match is None:
            messages.error(request, _("Không có giấy chứng nhận số %(number)s trong danh "
                                      "sách công bố.") % {"number": self.object.number})
            return self.back()
        try:
            self.object.record(match, by=request.user)
        except ValidationError as refusal:
            messages.error(request, " ".join(refusal.messages))
            return self.back()
        return self.done(_("Đã xác nhận giấy chứng nhận %(number)s cho “%(product)s”.")
                         % {"number": match.number, "product": self.object.product})


class SubmissionRecordView(SubmissionDecisionView):
    """Record a certificate that is not on file, from the pre-filled form."""

    def decide(self, request):
        form = RecordCertificateForm(
            request.POST, instance=OCOPCertificate(product=self.object.product)
        )
        if not form.is_valid():
            messages.error(request, _("Chưa ghi nhận: xem lỗi bên dưới."))
            return self.render_to_response(self.get_context_data(record_form=form))
        with transaction.atomic():
            form.instance._history_user = request.user
            certificate = form.save()
            self.object.record(certificate, by=request.user)
        return self.done(_("Đã ghi nhận giấy chứng nhận %(number)s.")
                         % {"number": certificate.number})


class SubmissionRejectView(SubmissionDecisionView):
    def decide(self, request):
        form = ReasonForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Hãy ghi lý do từ chối."))
            return self.render_to_response(self.get_context_data(reject_form=form))
        self.object.reject(form.cleaned_data["reason"], by=request.user)
        return self.done(_("Đã từ chối hồ sơ %(number)s.") % {"number": self.object.number})
