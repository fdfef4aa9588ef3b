"""Consumer reports: producers read those about their products; operators
work the queue (status and note)."""
from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import generic

from ...models import ConsumerReport
from ..forms import ReportStatusForm
from .base import ScopedListView, ScopedMixin, redirect_to


class ReportListView(ScopedListView):
    scope = "reports"
    template_name = "traceability/dashboard/report_list.html"
    context_object_name = "reports"

    def get_queryset(self):
        qs = super().get_queryset().select_related(
            "product__producer", "batch", "serial"
        )
        self.status = self.request.GET.get("status", "")
        if self.status in ConsumerReport.Status.values:
            qs = qs.filter(status=self.status)
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=ConsumerReport.Status.choices, status=self.status, **kwargs
        )


class ReportDetailView(ScopedMixin, generic.DetailView):
    scope = "reports"
    template_name = "traceability/dashboard/report_detail.html"
    context_object_name = "report"

    def get_queryset(self):
        return super().get_queryset().select_related(
            "product__producer", "batch", "serial", "handled_by"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.request.user.is_staff:
            context.setdefault("form", ReportStatusForm(instance=self.object))
        return context


class ReportStatusView(generic.View):
    """Operators only (see the app config): move a report along with a note."""

    http_method_names = ["post"]

    def post(self, request, pk):
        report = get_object_or_404(ConsumerReport, pk=pk)
        form = ReportStatusForm(request.POST, instance=report)
        if not form.is_valid():
            view = ReportDetailView(request=request, kwargs={"pk": pk}, object=report)
            return view.render_to_response(view.get_context_data(object=report, form=form))
        report = form.save(commit=False)
        report.handled_by = request.user
        report.handled_at = timezone.now()
        report.save()
        messages.success(request, _("Đã cập nhật trạng thái phản ánh."))
        return redirect_to("dashboard:trace-report-detail", pk=report.pk)
