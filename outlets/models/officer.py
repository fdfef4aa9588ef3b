"""Who keeps which province: provincial officers and coverage targets.

A provincial officer (cán bộ Sở Công Thương) belongs to one province and
manages that province's outlets and inspections; an operator (a superuser,
or staff without an officer record) sees every province. The scoping
itself lives in ``outlets.scoping``; these models only hold the facts.
"""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop import divisions


def validate_province_code(code):
    if divisions.find_province(code) is None or divisions.province_code(
        divisions.find_province(code)
    ) != code:
        raise ValidationError(
            _("Mã tỉnh/thành %(code)s không có trong danh mục 2025."), params={"code": code}
        )


class ProvincialOfficer(models.Model):
    """Cán bộ Sở Công Thương: one user, one province."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="provincial_officer",
        verbose_name=_("Tài khoản"),
    )
    province_code = models.CharField(
        _("Mã tỉnh/thành"), max_length=2, validators=[validate_province_code], db_index=True
    )

    class Meta:
        verbose_name = _("Cán bộ Sở Công Thương")
        verbose_name_plural = _("Cán bộ Sở Công Thương")

    def __str__(self):
        return f"{self.user} · {divisions.province_name(self.province_code)}"


class CoverageTarget(models.Model):
    """Chỉ tiêu số điểm bán của một tỉnh (the seeds: 1–2 per locality)."""

    province_code = models.CharField(
        _("Mã tỉnh/thành"), max_length=2, unique=True, validators=[validate_province_code]
    )
    outlets_target = models.PositiveIntegerField(
        _("Chỉ tiêu số điểm bán"),
        help_text=_("Số điểm bán OCOP đang hoạt động cần có trong tỉnh (kế hoạch OCOP: "
                    "1–2 điểm mỗi địa phương, 8–10 điểm ở thành phố trực thuộc tỉnh)."),
    )
    note = models.CharField(_("Căn cứ"), max_length=255, blank=True,
                            help_text=_("Ví dụ: Kế hoạch số … của UBND tỉnh."))

    class Meta:
        verbose_name = _("Chỉ tiêu độ phủ điểm bán")
        verbose_name_plural = _("Chỉ tiêu độ phủ điểm bán")
        ordering = ["province_code"]

    def __str__(self):
        return f"{divisions.province_name(self.province_code)}: {self.outlets_target}"
