"""Public URLs of the traceability app (included from shop/urls.py at the root).

/01/{gtin}[/10/{lot}[/21/{serial}]]   GS1 Digital Link resolver
/t/{token}                             short code resolver
/qr/01/….png|svg, /t/{token}/qr.png|svg  QR images of codes that resolve
"""
from django.urls import re_path

from . import views

app_name = "traceability"
urlpatterns = [
    re_path(r"^qr/(?P<path>01/.+)\.(?P<fmt>png|svg)$", views.QRCodeView.as_view(), name="qr"),
    re_path(
        r"^t/(?P<token>[^/]+)/qr\.(?P<fmt>png|svg)$", views.QRCodeView.as_view(), name="short-qr"
    ),
    re_path(r"^01/.*$", views.DigitalLinkView.as_view(), name="digital-link"),
    re_path(r"^t/(?P<token>[^/]+)/?$", views.ShortCodeView.as_view(), name="short-code"),
]
