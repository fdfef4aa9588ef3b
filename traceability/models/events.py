"""Supply-chain events modelled on GS1 EPCIS 2.0 (what, when, where, why, who)."""
import datetime as dt
import re

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

#: "+07:00", "-03:30": EPCIS eventTimeZoneOffset.
TIMEZONE_OFFSET = re.compile(r"^[+-](?:0\d|1[0-4]):[0-5]\d$")


class TraceEvent(models.Model):
    class EventType(models.TextChoices):
        OBJECT = "object", _("Đối tượng (ObjectEvent)")
        AGGREGATION = "aggregation", _("Gộp (AggregationEvent)")
        TRANSFORMATION = "transformation", _("Chế biến (TransformationEvent)")
        TRANSACTION = "transaction", _("Giao dịch (TransactionEvent)")

    class BizStep(models.TextChoices):
        """A subset of the GS1 Core Business Vocabulary (CBV 2.0) business steps."""

        COMMISSIONING = "commissioning", _("Khởi tạo mã")
        HARVESTING = "harvesting", _("Thu hoạch")
        PROCESSING = "processing", _("Chế biến")
        PACKING = "packing", _("Đóng gói")
        INSPECTING = "inspecting", _("Kiểm tra")
        STORING = "storing", _("Lưu kho")
        SHIPPING = "shipping", _("Xuất hàng")
        RECEIVING = "receiving", _("Nhận hàng")
        RETAIL_SELLING = "retail_selling", _("Bán lẻ")
        OTHER = "other", _("Khác")

    class Disposition(models.TextChoices):
        """CBV dispositions (optional)."""

        ACTIVE = "active", _("Đang lưu hành")
        IN_PROGRESS = "in_progress", _("Đang xử lý")
        IN_TRANSIT = "in_transit", _("Đang vận chuyển")
        SELLABLE = "sellable_accessible", _("Sẵn sàng bán")
        RECALLED = "recalled", _("Thu hồi")
        DESTROYED = "destroyed", _("Đã huỷ")

    event_type = models.CharField(_("Loại sự kiện"), max_length=16, choices=EventType.choices)
    batch = models.ForeignKey(
        "traceability.Batch", on_delete=models.CASCADE, related_name="events",
        verbose_name=_("Lô"),
    )
    #: When (always aware, stored in UTC) and the offset where it happened.
    event_time = models.DateTimeField(_("Thời điểm"))
    event_timezone = models.CharField(
        _("Múi giờ"), max_length=6, default="+07:00",
        validators=[RegexValidator(TIMEZONE_OFFSET, _("Dạng ±HH:MM, ví dụ +07:00."))],
    )
    biz_step = models.CharField(_("Bước nghiệp vụ"), max_length=32, choices=BizStep.choices)
    disposition = models.CharField(
        _("Tình trạng"), max_length=32, choices=Disposition.choices, blank=True
    )
    #: Where: EPCIS readPoint / bizLocation, as text, plus an optional zone.
    read_point = models.CharField(_("Điểm ghi nhận"), max_length=255, blank=True)
    biz_location = models.CharField(_("Địa điểm"), max_length=255, blank=True)
    zone = models.ForeignKey(
        "traceability.RawMaterialZone", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="events", verbose_name=_("Vùng nguyên liệu"),
    )
    who = models.CharField(_("Người / đơn vị thực hiện"), max_length=255, blank=True)
    notes = models.TextField(_("Ghi chú"), blank=True)

    class Meta:
        verbose_name = _("Sự kiện truy xuất")
        verbose_name_plural = _("Sự kiện truy xuất")
        ordering = ["event_time", "pk"]

    def __str__(self):
        return f"{self.get_biz_step_display()} @ {self.event_time:%Y-%m-%d %H:%M}"

    @property
    def time_at_origin(self) -> dt.datetime:
        """The event time on the clock where it happened (its recorded offset)."""
        if not TIMEZONE_OFFSET.match(self.event_timezone or ""):
            return self.event_time
        return self.event_time.astimezone(offset_timezone(self.event_timezone))


def offset_timezone(offset: str) -> dt.timezone:
    """``"+07:00"`` as a fixed-offset tzinfo."""
    sign = -1 if offset.startswith("-") else 1
    hours, minutes = offset[1:].split(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))
