"""RFC 9264 linksets for a resolved code, with GS1 link relation types.

GS1 resolvers name relations by their full vocabulary URI
(``https://gs1.org/voc/pip``); the ``anchor`` is the code's own URI.
"""
from django.utils.translation import gettext as _

GS1 = "https://gs1.org/voc/"
CONTENT_TYPE = "application/linkset+json"


def _link(href, title, media_type="text/html", lang="vi"):
    return [{"href": href, "title": title, "type": media_type, "hreflang": [lang]}]


def build(anchor: str, product_url: str, certificate_url: str, trace_url: str, title: str) -> dict:
    return {
        "linkset": [
            {
                "anchor": anchor,
                GS1 + "defaultLink": _link(trace_url, _("Truy xuất nguồn gốc: %s") % title),
                GS1 + "pip": _link(product_url, title),
                GS1 + "certificationInfo": _link(certificate_url, _("Giấy chứng nhận OCOP")),
                GS1 + "traceability": _link(trace_url, _("Truy xuất nguồn gốc: %s") % title),
            }
        ]
    }
