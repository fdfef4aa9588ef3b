"""The resolver: GS1 Digital Link paths and short codes (thin views).

GS1 resolver rules: GET and HEAD; malformed → 400 with a readable page,
unknown → 404, ``?linkType=linkset`` or ``Accept: application/linkset+json``
→ an RFC 9264 linkset, ``?linkType=gs1:pip`` → the product page (307), a
plain request → the trace page. Every resolution is logged (no personal data).
"""
from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View

from . import copies, digital_link, labels, linkset, printing, ratelimit, resolver
from .forms import ConsumerReportForm
from .models import Batch, ScanRecord

LINKSET_TYPES = {"linkset", "all"}
PIP_TYPES = {"gs1:pip", linkset.GS1 + "pip"}
CERTIFICATE_TYPES = {"gs1:certificationInfo", linkset.GS1 + "certificationInfo"}


def parse_request_path(request, prefix: str = "", suffix: str = "") -> digital_link.DigitalLink:
    """Parse the Digital Link in the request path, minus a prefix/suffix.

    The path as the client sent it is used where the server passes it on
    (gunicorn's RAW_URI, uWSGI's REQUEST_URI), so an encoded "/" in a lot is
    not taken for a separator; otherwise the decoded path is parsed by shape.
    """
    raw = request.META.get("RAW_URI") or request.META.get("REQUEST_URI")
    if raw and raw.startswith("/"):
        path = raw.split("?", 1)[0].split("#", 1)[0]
        return digital_link.parse(_strip(path, prefix, suffix))
    return digital_link.parse_decoded(_strip(request.path, prefix, suffix))


def _strip(path: str, prefix: str, suffix: str) -> str:
    path = path[len(prefix):] if prefix and path.startswith(prefix) else path
    return path[: -len(suffix)] if suffix and path.endswith(suffix) else path


def malformed(request, reason: str) -> HttpResponse:
    return render(request, "traceability/malformed.html", {"reason": reason}, status=400)


def unknown(request) -> HttpResponse:
    return render(request, "traceability/unknown.html", {}, status=404)


def too_many_scans(request) -> HttpResponse:
    response = render(request, "traceability/too_many.html", {}, status=429)
    response["Retry-After"] = str(ratelimit.SCAN_WINDOW_SECONDS)
    return response


class ResolverView(View):
    """Base: subclasses turn the request into a :class:`resolver.Resolution`."""

    http_method_names = ["get", "head", "options"]

    def resolve(self, request, **kwargs) -> resolver.Resolution:
        raise NotImplementedError

    def get(self, request, **kwargs):
        if ratelimit.scans_over_limit(request.META.get("REMOTE_ADDR")):
            return too_many_scans(request)
        try:
            resolution = self.resolve(request, **kwargs)
        except digital_link.Malformed as error:
            return malformed(request, str(error))
        except resolver.Unknown:
            return unknown(request)
        product = resolution.product
        product_url = product.get_absolute_url()
        trace_url = request.build_absolute_uri(resolution.path)
        link_type = request.GET.get("linkType", "")
        accept = request.headers.get("Accept", "")
        if link_type in LINKSET_TYPES or "application/linkset+json" in accept:
            response = self.linkset(request, resolution, product_url, trace_url)
            answer = ScanRecord.Answer.LINKSET
        elif link_type in PIP_TYPES or link_type in CERTIFICATE_TYPES:
            response = HttpResponse(status=307)
            response["Location"] = (
                product_url if link_type in PIP_TYPES else certificate_url(product, product_url)
            )
            answer = ScanRecord.Answer.REDIRECT
        else:
            answer = ScanRecord.Answer.PAGE
            response = None
        if request.method == "HEAD":
            answer = ScanRecord.Answer.HEAD
        # Logged before the page is drawn so that the page counts this scan.
        resolver.log_scan(resolution, answer, request.META.get("REMOTE_ADDR"))
        if response is None:
            response = self.page(request, resolution, product_url, trace_url)
        response["Vary"] = "Accept"
        # GS1 resolvers announce the linkset on every answer (RFC 8288, RFC 9264).
        response["Link"] = (
            f'<{trace_url}?linkType=linkset>; rel="linkset"; type="{linkset.CONTENT_TYPE}"'
        )
        return response

    def linkset(self, request, resolution, product_url, trace_url):
        data = linkset.build(
            anchor=trace_url,
            product_url=request.build_absolute_uri(product_url),
            certificate_url=request.build_absolute_uri(
                certificate_url(resolution.product, product_url)
            ),
            trace_url=trace_url,
            title=resolution.product.get_title(),
        )
        return JsonResponse(data, content_type=linkset.CONTENT_TYPE,
                            json_dumps_params={"ensure_ascii": False})

    def page(self, request, resolution, product_url, trace_url):
        product, batch, serial = resolution.product, resolution.batch, resolution.serial
        today = timezone.localdate()
        zones = []
        if batch is not None:
            for zone in batch.zones.all():
                certifications = [
                    (certification, certification.is_valid_on(today))
                    for certification in zone.certifications.all()
                ]
                zones.append((zone, certifications))
        context = {
            "product": product,
            "producer": product.producer,
            "image": product.primary_image(),
            "is_listed": product.is_listed,
            "product_url": product_url,
            "batch": batch,
            "batch_expired": batch is not None and batch.is_expired_on(today),
            "serial": serial,
            "zones": zones,
            "events": list(batch.events.all()) if batch is not None else [],
            "copy": copies.signal_for(serial),
            "code_path": resolution.path,
            "trace_url": trace_url,
            "qr_url": labels.qr_path(resolution.path, "svg"),
            "report_form": ConsumerReportForm(initial={"code": resolution.path}),
            "noindex": True,
        }
        return render(request, "traceability/trace.html", context)


def certificate_url(product, product_url: str) -> str:
    """Where the certificate is shown: the badge on the product page."""
    return f"{product_url}#ocop-badge-title-{product.pk}"


class DigitalLinkView(ResolverView):
    def resolve(self, request, **kwargs):
        return resolver.resolve_digital_link(parse_request_path(request))


class ShortCodeView(ResolverView):
    def resolve(self, request, token="", **kwargs):
        return resolver.resolve_short_code(check_token(token))


check_token = resolver.check_token


class QRCodeView(View):
    """The QR image of a code that resolves (PNG or SVG); unknown codes 404."""

    http_method_names = ["get", "head"]

    def get(self, request, fmt, path=None, token=None):
        try:
            if token is not None:
                resolution = resolver.resolve_short_code(check_token(token))
            else:
                # /qr/01/…/21/….png → /01/…/21/…
                link = parse_request_path(request, prefix="/qr", suffix=f".{fmt}")
                resolution = resolver.resolve_digital_link(link)
        except digital_link.Malformed as error:
            return malformed(request, str(error))
        except resolver.Unknown:
            return unknown(request)
        url = request.build_absolute_uri(resolution.path)
        body = labels.png(url) if fmt == "png" else labels.svg(url)
        response = HttpResponse(body, content_type=labels.CONTENT_TYPES[fmt])
        response["Cache-Control"] = "public, max-age=86400"
        return response


class LabelSheetView(View):
    """An A4 PDF of a batch's labels.

    ``?copies=N`` prints the lot's own code N times; without it, one label
    per serial of the batch (generate them first with ``generate_serials``).
    Subclasses say who may print which batches (:meth:`batches`).
    """

    http_method_names = ["get"]

    def batches(self, request):
        return Batch.objects.all()

    def get(self, request, pk):
        batch = get_object_or_404(
            self.batches(request)
            .select_related("product")
            .prefetch_related("product__certificates"),
            pk=pk,
        )
        copies = request.GET.get("copies", "")
        if copies and not copies.isdigit():
            return HttpResponseBadRequest(_("Số tem phải là một số nguyên."))
        base_url = getattr(settings, "OCOP_RESOLVER_BASE_URL", "") or request.build_absolute_uri(
            "/"
        )
        if not copies and not batch.serials.exists():
            return HttpResponseBadRequest(
                _("Lô này chưa có số serial: tạo serial trước hoặc thêm ?copies=N.")
            )
        try:
            body = printing.sheet_for(batch, base_url, copies=int(copies) if copies else None)
        except printing.CannotPrint as error:
            return HttpResponseBadRequest(str(error))
        response = HttpResponse(body, content_type=labels.CONTENT_TYPES["pdf"])
        response["Content-Disposition"] = f'inline; filename="tem-lo-{batch.pk}.pdf"'
        return response


@method_decorator(staff_member_required, name="dispatch")
class BatchLabelsView(LabelSheetView):
    """Any batch's labels, for staff (producers print theirs from the dashboard)."""
