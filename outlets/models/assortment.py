"""The outlet's assortment (danh mục sản phẩm bày bán).

An outlet carries only listed products (OCOP certificate active, 3–5 stars,
valid today). ``clean()`` refuses an unlisted product with the reason; the
public page filters the assortment through ``Product.objects.browsable()``
at query time, so a product whose certificate lapses disappears at once
while its row stays for the back office to flag.
"""
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .outlet import Outlet


class OutletProduct(models.Model):
    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="assortment")
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="outlet_listings",
        verbose_name=_("Sản phẩm"),
    )
    added_at = models.DateTimeField(_("Ngày thêm"), auto_now_add=True)

    class Meta:
        verbose_name = _("Sản phẩm bày bán")
        verbose_name_plural = _("Sản phẩm bày bán")
        ordering = ["outlet", "product__title"]
        constraints = [
            models.UniqueConstraint(fields=["outlet", "product"], name="outlet_product_once"),
        ]

    def __str__(self):
        return f"{self.outlet} · {self.product}"

    def clean(self):
        from ..assortment import unlisted_reason

        if self.product_id is None:
            return
        reason = unlisted_reason(self.product)
        if reason:
            raise ValidationError({"product": reason})
