"""The producer (chủ thể OCOP) as Oscar's Partner."""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractPartner
from stdnum.vn import mst

from shop import divisions


def validate_tax_code(value):
    """Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch (python-stdnum)."""
    if value and not mst.is_valid(value):
        raise ValidationError(_("Mã số thuế %(value)s không hợp lệ."), params={"value": value})


class Partner(AbstractPartner):
    class ProducerType(models.TextChoices):
        COOPERATIVE = "htx", _("Hợp tác xã")
        COOPERATIVE_GROUP = "tht", _("Tổ hợp tác")
        ENTERPRISE = "dn", _("Doanh nghiệp")
        HOUSEHOLD = "hkd", _("Hộ kinh doanh có đăng ký")
        ASSOCIATION = "hoi", _("Hội / hiệp hội")

    producer_type = models.CharField(
        _("Loại chủ thể"), max_length=8, choices=ProducerType.choices, blank=True
    )
    tax_code = models.CharField(
        _("Mã số thuế"), max_length=14, blank=True, validators=[validate_tax_code]
    )
    province_code = models.CharField(_("Mã tỉnh/thành"), max_length=2, blank=True, db_index=True)
    commune_code = models.CharField(_("Mã xã/phường"), max_length=5, blank=True)
    #: A commune that is not (or no longer) on the official list is kept as
    #: the producer wrote it and flagged for an operator to fix.
    commune_text = models.CharField(_("Xã/phường (như khai báo)"), max_length=128, blank=True)
    commune_unverified = models.BooleanField(_("Xã/phường chưa xác minh"), default=False)
    street_address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("Điện thoại"), max_length=32, blank=True)
    email = models.EmailField(_("Email"), blank=True)
    website = models.URLField(_("Website"), blank=True)
    description = models.TextField(_("Giới thiệu"), blank=True)
    logo = models.ImageField(_("Logo"), upload_to="producers/", blank=True)
    is_demo = models.BooleanField(_("Dữ liệu mẫu"), default=False)

    class Meta(AbstractPartner.Meta):
        pass

    def clean(self):
        """Province and commune must be official 2025 codes, and belong together."""
        super().clean()
        errors = divisions.code_errors(self.province_code, self.commune_code)
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self):
        return reverse("producers:detail", kwargs={"slug": self.code})

    @property
    def province_name(self) -> str:
        return divisions.province_name(self.province_code)

    @property
    def commune_name(self) -> str:
        return divisions.commune_name(self.commune_code) or self.commune_text

    @property
    def full_address(self) -> str:
        parts = [self.street_address, self.commune_name, self.province_name]
        return ", ".join(p for p in parts if p)


from oscar.apps.partner.models import *  # noqa: E402,F401,F403  (fork idiom)
