"""The outlet (điểm giới thiệu và bán sản phẩm OCOP) and its status history.

An outlet is approved by its province's Sở Công Thương (QĐ 950/QĐ-BCT
2023). It is never deleted: it is suspended (tạm ngừng) or closed (đóng
cửa), and each change is kept with its date and reason.
"""
import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalog.text import slugify
from shop import divisions


class OutletType(models.TextChoices):
    """Loại điểm bán, as QĐ 950/QĐ-BCT 2023 lists them and people write them."""

    RAILWAY_STATION = "railway_station", _("Ga đường sắt (nhà ga)")
    AIRPORT = "airport", _("Cảng hàng không (sân bay)")
    BUS_STATION = "bus_station", _("Bến xe khách")
    PORT = "port", _("Cảng biển / cảng thủy nội địa")
    REST_STOP = "rest_stop", _("Trạm dừng nghỉ (cao tốc, quốc lộ)")
    TOURIST_SITE = "tourist_site", _("Khu / điểm du lịch")
    MALL = "mall", _("Trung tâm thương mại")
    SUPERMARKET = "supermarket", _("Siêu thị")
    MARKET = "market", _("Chợ")
    CRAFT_VILLAGE = "craft_village", _("Làng nghề")
    POST_OFFICE = "post_office", _("Bưu cục")
    ADMIN_CENTRE = "admin_centre", _("Trung tâm hành chính công")
    FAIR_CENTRE = "fair_centre", _("Trung tâm hội chợ triển lãm")
    HOTEL_RESTAURANT = "hotel_restaurant", _("Khách sạn / nhà hàng")
    OCOP_CENTRE = "ocop_centre", _("Trung tâm / cửa hàng OCOP")


class OutletStatus(models.TextChoices):
    ACTIVE = "active", _("Đang hoạt động")
    SUSPENDED = "suspended", _("Tạm ngừng hoạt động")
    CLOSED = "closed", _("Đã đóng cửa")


class OutletQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=OutletStatus.ACTIVE)

    def with_hours(self, today=None):
        """Prefetch what ``open_state`` reads: the week and near exceptions.

        Only exceptions from yesterday to two months ahead are loaded, so an
        outlet with years of Tết closures costs no more than a new one.
        """
        from .hours import EXCEPTION_HORIZON_DAYS, OpeningException

        today = today or timezone.localdate()
        near = OpeningException.objects.filter(
            date__gte=today - dt.timedelta(days=1),
            date__lte=today + dt.timedelta(days=EXCEPTION_HORIZON_DAYS),
        )
        return self.prefetch_related(
            "opening_periods", models.Prefetch("opening_exceptions", queryset=near)
        )


class Outlet(models.Model):
    Type = OutletType
    Status = OutletStatus

    name = models.CharField(_("Tên điểm bán"), max_length=255)
    slug = models.SlugField(_("Đường dẫn"), max_length=255, unique=True, blank=True)
    outlet_type = models.CharField(
        _("Loại điểm bán"), max_length=32, choices=OutletType.choices, db_index=True
    )
    #: Đơn vị vận hành: the company, cooperative or authority running it.
    operator = models.CharField(_("Đơn vị vận hành"), max_length=255, blank=True)
    province_code = models.CharField(_("Mã tỉnh/thành"), max_length=2, db_index=True)
    commune_code = models.CharField(_("Mã xã/phường"), max_length=5, blank=True, db_index=True)
    street_address = models.CharField(_("Địa chỉ"), max_length=255, blank=True)
    # Decimal degrees (WGS 84): six places is about 10 cm, enough for a door.
    latitude = models.DecimalField(
        _("Vĩ độ"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("Kinh độ"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(_("Điện thoại"), max_length=32, blank=True)
    #: Số quyết định công nhận của Sở Công Thương, and its date.
    approval_no = models.CharField(_("Số quyết định công nhận"), max_length=64, blank=True)
    approved_on = models.DateField(_("Ngày công nhận"), null=True, blank=True)
    status = models.CharField(
        _("Trạng thái"), max_length=16, choices=OutletStatus.choices,
        default=OutletStatus.ACTIVE, db_index=True,
    )
    description = models.TextField(_("Giới thiệu"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        verbose_name = _("Điểm bán OCOP")
        verbose_name_plural = _("Điểm bán OCOP")
        # The slug is the name folded to ASCII: it sorts "Hà Nội" before "Huế",
        # which the databases' code-point order does not.
        ordering = ["slug"]
        constraints = [
            # Both coordinates or neither: half a position places nothing.
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="outlet_lat_lon_together",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        """Official 2025 codes that belong together; coordinates in pairs."""
        super().clean()
        errors = divisions.code_errors(self.province_code, self.commune_code)
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            errors[field] = _("Cần nhập cả vĩ độ và kinh độ.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def _unique_slug(self):
        base = slugify(self.name)[:240] or "diem-ban"
        slug, n = base, 2
        while Outlet.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def get_absolute_url(self):
        return reverse("outlets:detail", kwargs={"slug": self.slug})

    # --- Address and position --------------------------------------------
    @property
    def province_name(self) -> str:
        return divisions.province_name(self.province_code)

    @property
    def commune_name(self) -> str:
        return divisions.commune_name(self.commune_code)

    @property
    def full_address(self) -> str:
        parts = [self.street_address, self.commune_name, self.province_name]
        return ", ".join(p for p in parts if p)

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def directions_url(self) -> str:
        if not self.has_position:
            return ""
        return f"https://www.openstreetmap.org/directions?to={self.latitude},{self.longitude}"

    @property
    def geo_uri(self) -> str:
        """RFC 5870 ``geo:`` URI: phones open it in their maps app."""
        return f"geo:{self.latitude},{self.longitude}" if self.has_position else ""

    # --- Hours -----------------------------------------------------------
    def open_state(self, at=None):
        """Open or closed at ``at`` (default now) and when that changes.

        Reads ``opening_periods`` and ``opening_exceptions`` through
        ``.all()`` so a list prefetched with ``with_hours()`` costs nothing
        per outlet. An outlet that is not active is closed.
        """
        from ..hours import CLOSED_INDEFINITELY, open_state

        if self.status != OutletStatus.ACTIVE:
            return CLOSED_INDEFINITELY
        return open_state(
            self.opening_periods.all(), self.opening_exceptions.all(), at or timezone.now()
        )

    # --- Status ----------------------------------------------------------
    @transaction.atomic
    def change_status(self, status, reason="", on=None):
        """Suspend, close or reopen, keeping a history row."""
        self.status = status
        self.save(update_fields=["status", "updated_at"])
        self.status_changes.create(
            status=status, reason=reason, changed_on=on or timezone.localdate()
        )


class OutletStatusChange(models.Model):
    """Lịch sử trạng thái: each suspension, closure or reopening."""

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("Trạng thái"), max_length=16, choices=OutletStatus.choices)
    reason = models.TextField(_("Lý do"), blank=True)
    changed_on = models.DateField(_("Ngày"))
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Thay đổi trạng thái điểm bán")
        verbose_name_plural = _("Lịch sử trạng thái điểm bán")
        ordering = ["-changed_on", "-recorded_at"]

    def __str__(self):
        return f"{self.changed_on:%d/%m/%Y} {self.get_status_display()}"
