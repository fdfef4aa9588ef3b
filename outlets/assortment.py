"""Assortment service: what an outlet may carry, and why not.

Whether a product may be carried is decided by the listing rule itself
(``Product.objects.listed()``); the certificate only explains a refusal.
"""
from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_model


def unlisted_reason(product) -> str:
    """Why ``product`` may not be carried by an outlet, or "" if it may."""
    Product = get_model("catalogue", "Product")
    if Product.objects.listed().filter(pk=product.pk).exists():
        return ""
    certificate = Product.objects.base_queryset().get(pk=product.pk).certificate
    title = product.get_title()
    if certificate is None:
        detail = _("sản phẩm chưa có giấy chứng nhận OCOP")
    else:
        state = certificate.state
        facts = {"number": certificate.number, "day": ""}
        if state == "expired":
            facts["day"] = f"{certificate.valid_until:%d/%m/%Y}"
            detail = _("giấy chứng nhận OCOP số %(number)s đã hết hiệu lực ngày %(day)s") % facts
        elif state == "revoked":
            detail = _("giấy chứng nhận OCOP số %(number)s đã bị thu hồi") % facts
        elif state == "suspended":
            detail = _("giấy chứng nhận OCOP số %(number)s đang bị tạm đình chỉ") % facts
        elif state == "not_yet_valid":
            facts["day"] = f"{certificate.issued_on:%d/%m/%Y}"
            detail = _("giấy chứng nhận OCOP số %(number)s có hiệu lực từ ngày %(day)s") % facts
        else:
            detail = _("giấy chứng nhận OCOP số %(number)s không đủ điều kiện") % facts
        if certificate.status_reason and state in ("revoked", "suspended"):
            detail = f"{detail} ({certificate.status_reason})"
    return _(
        "Không thể bày bán «%(title)s» tại điểm bán OCOP: %(detail)s. Điểm bán chỉ được "
        "bày bán sản phẩm OCOP 3–5 sao có giấy chứng nhận còn hiệu lực."
    ) % {"title": title, "detail": detail}


@transaction.atomic
def add_product(outlet, product):
    """Add a listed product to the outlet's assortment.

    Raises ``ValidationError`` with the reason when the product is not
    listed; adding a product already carried changes nothing.
    """
    OutletProduct = get_model("outlets", "OutletProduct")
    existing = OutletProduct.objects.filter(outlet=outlet, product=product).first()
    if existing:
        return existing
    row = OutletProduct(outlet=outlet, product=product)
    row.full_clean()
    row.save()
    return row
