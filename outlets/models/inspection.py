"""Inspections (kiểm tra) of an outlet by its Sở Công Thương.

A finding that needs fixing carries a follow-up deadline; a follow-up is
overdue when the deadline has passed (today in Asia/Ho_Chi_Minh) and it is
not marked done. "Overdue" is a queryset, computed at query time.
"""
import datetime as dt
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .outlet import Outlet

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def today_in_vietnam() -> dt.date:
    return timezone.localdate(timezone=TZ)


class InspectionResult(models.TextChoices):
    PASS = "pass", _("Đạt")
    NEEDS_FIX = "needs_fix", _("Cần khắc phục")
    FAIL = "fail", _("Không đạt")


def overdue_q(prefix="", today=None):
    """Overdue follow-ups as a ``Q``; ``prefix`` reaches them from another model
    (``"inspections__"`` from an outlet, for counting them in a list)."""
    return models.Q(**{f"{prefix}follow_up_deadline__lt": today or today_in_vietnam(),
                       f"{prefix}follow_up_done_on__isnull": True})


class InspectionQuerySet(models.QuerySet):
    def overdue(self, today=None):
        """Follow-ups whose deadline has passed and that are not done."""
        return self.filter(overdue_q(today=today))


class Inspection(models.Model):
    Result = InspectionResult

    outlet = models.ForeignKey(
        Outlet, on_delete=models.CASCADE, related_name="inspections", verbose_name=_("Điểm bán")
    )
    date = models.DateField(_("Ngày kiểm tra"))
    inspector = models.CharField(_("Người kiểm tra"), max_length=255)
    findings = models.TextField(_("Nội dung, kết luận"), blank=True)
    result = models.CharField(_("Kết quả"), max_length=16, choices=InspectionResult.choices)
    follow_up_deadline = models.DateField(_("Hạn khắc phục"), null=True, blank=True)
    follow_up_done_on = models.DateField(_("Ngày đã khắc phục"), null=True, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = InspectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Kiểm tra điểm bán")
        verbose_name_plural = _("Kiểm tra điểm bán")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.outlet} · {self.date:%d/%m/%Y} · {self.get_result_display()}"

    @property
    def is_overdue(self) -> bool:
        return (
            self.follow_up_deadline is not None
            and self.follow_up_done_on is None
            and self.follow_up_deadline < today_in_vietnam()
        )

    def clean(self):
        errors = {}
        if self.result and self.result != InspectionResult.PASS and not self.follow_up_deadline:
            errors["follow_up_deadline"] = _(
                "Kết quả cần khắc phục hoặc không đạt: nhập hạn khắc phục."
            )
        if self.date and self.follow_up_deadline and self.follow_up_deadline < self.date:
            errors["follow_up_deadline"] = _("Hạn khắc phục không thể trước ngày kiểm tra.")
        if self.date and self.follow_up_done_on and self.follow_up_done_on < self.date:
            errors["follow_up_done_on"] = _("Ngày khắc phục không thể trước ngày kiểm tra.")
        if errors:
            raise ValidationError(errors)
