"""Public URLs of the traceability app (included from shop/urls.py at the root).

/01/{gtin}[/10/{lot}[/21/{serial}]]   GS1 Digital Link resolver
/t/{token}                             short code resolver
/qr/01/….png|svg, /t/{token}/qr.png|svg  QR images of codes that resolve
/traceability/batches/{pk}/labels.pdf  A4 label sheet of a batch (staff)
/traceability/report/                  consumer report from a trace page (POST)
"""
from django.urls import path, re_path

from . import report_views, views

app_name = "traceability"
urlpatterns = [
    path("traceability/report/", report_views.consumer_report, name="report"),
    path("traceability/report/sent/", report_views.ReportSentView.as_view(), name="report-sent"),
    path(
        "traceability/batches/<int:pk>/labels.pdf", views.BatchLabelsView.as_view(),
        name="batch-labels",
    ),
    re_path(r"^qr/(?P<path>01/.+)\.(?P<fmt>png|svg)$", views.QRCodeView.as_view(), name="qr"),
    re_path(
        r"^t/(?P<token>[^/]+)/qr\.(?P<fmt>png|svg)$", views.QRCodeView.as_view(), name="short-qr"
    ),
    # The named group lets Django's set_language rebuild the path after a
    # language switch (translate_url reverses it); unnamed, it came back as /01/.
    re_path(r"^01/(?P<path>.*)$", views.DigitalLinkView.as_view(), name="digital-link"),
    re_path(r"^t/(?P<token>[^/]+)/?$", views.ShortCodeView.as_view(), name="short-code"),
]
