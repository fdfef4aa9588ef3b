"""Raw-material zones (vùng nguyên liệu) and their farming certifications."""
import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop import divisions


class RawMaterialZone(models.Model):
    """Vùng nguyên liệu: where a producer grows or raises its raw material."""

    producer = models.ForeignKey(
        "partner.Partner",
        on_delete=models.PROTECT,
        related_name="raw_material_zones",
        verbose_name=_("Chủ thể OCOP"),
    )
    name = models.CharField(_("Tên vùng"), max_length=255)
    province_code = models.CharField(_("Mã tỉnh/thành"), max_length=2, blank=True)
    commune_code = models.CharField(_("Mã xã/phường"), max_length=5, blank=True)
    latitude = models.DecimalField(
        _("Vĩ độ"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("Kinh độ"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    area_ha = models.DecimalField(
        _("Diện tích (ha)"), max_digits=10, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
    )
    #: What is grown or raised there (cây trồng / vật nuôi).
    produce = models.CharField(_("Cây trồng / vật nuôi"), max_length=255, blank=True)
    #: Mã số vùng trồng: kept opaque; its format still holds a district code
    #: that no longer exists since 1 July 2025, so it is never parsed.
    planting_area_code = models.CharField(_("Mã số vùng trồng"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("Vùng nguyên liệu")
        verbose_name_plural = _("Vùng nguyên liệu")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = divisions.code_errors(self.province_code, self.commune_code)
        if errors:
            raise ValidationError(errors)

    @property
    def province_name(self) -> str:
        return divisions.province_name(self.province_code)

    @property
    def commune_name(self) -> str:
        return divisions.commune_name(self.commune_code)

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.commune_name, self.province_name) if p)


class ZoneCertification(models.Model):
    """Chứng nhận canh tác của vùng (VietGAP, hữu cơ, GlobalG.A.P. …)."""

    class Scheme(models.TextChoices):
        VIETGAP = "vietgap", "VietGAP"
        ORGANIC = "organic", _("Hữu cơ")
        GLOBALGAP = "globalgap", "GlobalG.A.P."
        OTHER = "other", _("Khác")

    zone = models.ForeignKey(
        RawMaterialZone, on_delete=models.CASCADE, related_name="certifications"
    )
    scheme = models.CharField(_("Tiêu chuẩn"), max_length=16, choices=Scheme.choices)
    #: For ``other``: the scheme's name as written on the certificate.
    scheme_name = models.CharField(_("Tên tiêu chuẩn (nếu khác)"), max_length=128, blank=True)
    number = models.CharField(_("Số chứng nhận"), max_length=64)
    issued_by = models.CharField(_("Tổ chức chứng nhận"), max_length=255, blank=True)
    valid_from = models.DateField(_("Hiệu lực từ"))
    valid_until = models.DateField(_("Hiệu lực đến"))

    class Meta:
        verbose_name = _("Chứng nhận canh tác")
        verbose_name_plural = _("Chứng nhận canh tác")
        ordering = ["-valid_until", "pk"]

    def __str__(self):
        return f"{self.label} {self.number}"

    def clean(self):
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("Ngày hết hiệu lực phải sau ngày bắt đầu.")})

    @property
    def label(self) -> str:
        if self.scheme == self.Scheme.OTHER and self.scheme_name:
            return self.scheme_name
        return self.get_scheme_display()

    def is_valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day <= self.valid_until
