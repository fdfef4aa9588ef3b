"""Lots (lô sản xuất): one production run of a product."""
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import digital_link


def validate_lot(value):
    """A lot code is GS1 AI 10: 1–20 characters of CSET 82."""
    try:
        digital_link.check_cset82(value, "lot", digital_link.MAX_LOT)
    except digital_link.Malformed as error:
        raise ValidationError(str(error)) from None


class Batch(models.Model):
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.PROTECT, related_name="batches",
        verbose_name=_("Sản phẩm"),
    )
    lot = models.CharField(_("Số lô"), max_length=20, validators=[validate_lot])
    production_date = models.DateField(_("Ngày sản xuất"), null=True, blank=True)
    expiry_date = models.DateField(_("Hạn sử dụng"), null=True, blank=True)
    quantity = models.PositiveIntegerField(_("Số lượng"), null=True, blank=True)
    #: One step back (TCVN 12850): the zones this lot drew on.
    zones = models.ManyToManyField(
        "traceability.RawMaterialZone", related_name="batches", blank=True,
        verbose_name=_("Vùng nguyên liệu"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Lô sản xuất")
        verbose_name_plural = _("Lô sản xuất")
        ordering = ["-production_date", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["product", "lot"], name="trace_batch_lot_per_product"),
        ]

    def __str__(self):
        return f"{self.product} – {self.lot}"

    def is_expired_on(self, day) -> bool:
        """Past its expiry date (hạn sử dụng) on ``day``; the date itself still counts."""
        return bool(self.expiry_date and self.expiry_date < day)

    def clean(self):
        if self.production_date and self.expiry_date and self.expiry_date < self.production_date:
            raise ValidationError({"expiry_date": _("Hạn sử dụng phải sau ngày sản xuất.")})
