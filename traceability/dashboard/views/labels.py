"""Labels of a batch from the dashboard: QR images (the public PNG/SVG
views), the PDF sheet, N new serials and their CSV for a label printer."""
import csv

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views import generic

from ... import digital_link, labels, printing, serials
from ...views import LabelSheetView
from .. import scoping
from ..forms import SerialsForm
from .base import redirect_to

#: Serials shown on the page (the CSV has them all).
SHOWN_SERIALS = 50


def _code(path: str | None) -> dict | None:
    if not path:
        return None
    return {"path": path, "png": labels.qr_path(path, "png"), "svg": labels.qr_path(path, "svg")}


def _scoped_batch(request, pk):
    return get_object_or_404(
        scoping.batches(request.user).select_related("product__producer"), pk=pk
    )


class BatchLabelsPageView(generic.TemplateView):
    template_name = "traceability/dashboard/batch_labels.html"

    def get_context_data(self, **kwargs):
        batch = _scoped_batch(self.request, kwargs["pk"])
        shown = list(
            batch.serials.select_related("short_code").order_by("-pk")[:SHOWN_SERIALS]
        )
        base = serials.default_base_url().rstrip("/")
        try:
            lot_code = _code(printing.lot_path(batch))
        except digital_link.Malformed:
            lot_code = None
        return super().get_context_data(
            batch=batch,
            product_code=_code(printing.product_path(batch.product)),
            lot_code=lot_code,
            serials=[
                (serial, _code(serials.serial_url(base, batch, serial).removeprefix(base)))
                for serial in shown
            ],
            serial_total=batch.serials.count(),
            max_labels=labels.MAX_LABELS,
            **{"form": SerialsForm(), **kwargs},
        )


class SerialsGenerateView(generic.View):
    http_method_names = ["post"]

    def post(self, request, pk):
        batch = _scoped_batch(request, pk)
        form = SerialsForm(request.POST)
        if not form.is_valid():
            view = BatchLabelsPageView(request=request, kwargs={"pk": pk})
            return view.render_to_response(view.get_context_data(pk=pk, form=form))
        try:
            created = form.generate(batch)
        except ValueError:
            messages.error(request, _("Không tạo được serial (trùng ngẫu nhiên); hãy thử lại."))
        else:
            messages.success(request, _("Đã tạo %(count)d serial cho lô %(lot)s.") % {
                "count": len(created), "lot": batch.lot})
        return redirect_to("dashboard:trace-batch-labels", pk=batch.pk)


class SerialsCSVView(generic.View):
    """serial,url for every serial of the batch (UTF-8 with BOM for Excel)."""

    http_method_names = ["get"]

    def get(self, request, pk):
        batch = _scoped_batch(request, pk)
        base = serials.default_base_url()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="serial-lo-{batch.pk}.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow(["serial", "url"])
        for serial in batch.serials.select_related("short_code").order_by("pk"):
            writer.writerow([serial.serial, serials.serial_url(base, batch, serial)])
        return response


class LabelSheetPDFView(LabelSheetView):
    """The PDF sheet of the public app, limited to the user's batches."""

    def batches(self, request):
        return scoping.batches(request.user)
