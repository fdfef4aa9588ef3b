"""Consumer reports (phản ánh của người tiêu dùng) sent from a trace page.

No account is needed. What is kept: the code reported, what the consumer
wrote, an optional re-encoded photo and an optional contact they chose to
give; the client's address is never stored (only a coarse network prefix,
like the scan log).
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsumerReport(models.Model):
    class Kind(models.TextChoices):
        FAKE_STAMP = "fake_stamp", _("Tem/nhãn có dấu hiệu giả")
        EXPIRED = "expired", _("Sản phẩm hết hạn")
        QUALITY = "quality", _("Vấn đề chất lượng")

    class Status(models.TextChoices):
        NEW = "new", _("Mới")
        REVIEWING = "reviewing", _("Đang xem xét")
        RESOLVED = "resolved", _("Đã xử lý")
        DISMISSED = "dismissed", _("Không có cơ sở")

    #: Where an operator may move a report from each status (the queue's
    #: workflow); a handled report can be reopened for review.
    TRANSITIONS = {
        Status.NEW: (Status.REVIEWING, Status.RESOLVED, Status.DISMISSED),
        Status.REVIEWING: (Status.RESOLVED, Status.DISMISSED),
        Status.RESOLVED: (Status.REVIEWING,),
        Status.DISMISSED: (Status.REVIEWING,),
    }

    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.PROTECT, related_name="consumer_reports",
        verbose_name=_("Sản phẩm"),
    )
    batch = models.ForeignKey(
        "traceability.Batch", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="consumer_reports", verbose_name=_("Lô"),
    )
    serial = models.ForeignKey(
        "traceability.SerialCode", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="consumer_reports", verbose_name=_("Serial"),
    )
    #: The code path the report was sent from (/01/… or /t/…).
    code = models.CharField(_("Mã"), max_length=200)
    kind = models.CharField(_("Loại phản ánh"), max_length=16, choices=Kind.choices)
    message = models.TextField(_("Nội dung"), max_length=2000, blank=True)
    photo = models.ImageField(_("Ảnh"), upload_to="trace-reports/%Y/%m/", blank=True)
    contact = models.CharField(_("Liên hệ (điện thoại hoặc email)"), max_length=254, blank=True)
    status = models.CharField(
        _("Trạng thái"), max_length=16, choices=Status.choices, default=Status.NEW,
        db_index=True,
    )
    network = models.CharField(max_length=24, blank=True)
    #: The operator's note on what was done (shown to the producer too).
    note = models.TextField(_("Ghi chú xử lý"), max_length=2000, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("Người xử lý"),
    )
    handled_at = models.DateTimeField(_("Thời điểm xử lý"), null=True, blank=True)
    created_at = models.DateTimeField(_("Thời điểm gửi"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("Phản ánh của người tiêu dùng")
        verbose_name_plural = _("Phản ánh của người tiêu dùng")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.product}"

    def next_statuses(self) -> tuple:
        return self.TRANSITIONS.get(self.status, ())
