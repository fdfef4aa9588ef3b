"""Consumer reports sent from the trace page: a plain HTML POST.

CSRF: the form is exempt on purpose. It acts for no account and no session
(there is nothing a forged request could do in a victim's name that the
attacker cannot do directly), and a CSRF cookie would put a Set-Cookie and
``Vary: Cookie`` on every trace page, which must stay small and cacheable,
and would fail in the in-app QR scanners that drop cookies. Abuse is
bounded by the per-network rate limit instead.
"""
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from shop import images as photos

from . import digital_link, reporting, resolver
from .forms import ConsumerReportForm

#: The whole request: a 5 MB photo plus the text fields and multipart framing.
MAX_REQUEST_BYTES = photos.MAX_BYTES + 64 * 1024


def _refuse(request, message: str, status: int, resolution=None):
    return render(
        request, "traceability/report.html",
        {"refused": message, "resolution": resolution, "noindex": True}, status=status,
    )


class ConsumerReportView(View):
    http_method_names = ["post"]

    def post(self, request):
        address = request.META.get("REMOTE_ADDR")
        if reporting.over_limit(address):
            response = _refuse(
                request,
                _("Bạn đã gửi quá nhiều phản ánh trong một giờ. Vui lòng thử lại sau."), 429,
            )
            response["Retry-After"] = str(reporting.WINDOW_SECONDS)
            return response
        if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
            return _refuse(request, _("Ảnh lớn hơn 5 MB. Hãy chọn ảnh nhỏ hơn."), 413)
        try:
            resolution = resolver.resolve_path(request.POST.get("code", ""))
        except (digital_link.Malformed, resolver.Unknown):
            return _refuse(request, _("Mã sản phẩm của phản ánh không hợp lệ."), 400)
        form = ConsumerReportForm(request.POST, request.FILES)
        if not form.is_valid():
            return render(
                request, "traceability/report.html",
                {"form": form, "resolution": resolution, "noindex": True},
            )
        reporting.save_report(resolution, form.cleaned_data, address)
        return HttpResponseRedirect(
            reverse("traceability:report-sent") + "?code=" + resolution.path, status=303
        )


class ReportSentView(View):
    http_method_names = ["get", "head"]

    def get(self, request):
        code = request.GET.get("code", "")
        safe = code.startswith(("/01/", "/t/")) and url_has_allowed_host_and_scheme(
            code, allowed_hosts=None
        )
        return render(
            request, "traceability/report_sent.html",
            {"code": code if safe else "", "noindex": True},
        )


consumer_report = csrf_exempt(ConsumerReportView.as_view())
