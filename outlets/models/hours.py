"""Opening hours: the weekly schedule (giờ mở cửa) and its exceptions.

A period runs from ``opens`` to ``closes`` on one weekday; ``closes`` at
00:00 means midnight at the end of that day, and a night that runs past
midnight is two periods (Fri 20:00–00:00 and Sat 00:00–02:00), which
``outlets.hours`` joins into one opening. An exception replaces the whole
week's hours for one date: closed (Tết, a holiday) or special hours.
"""
import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .outlet import Outlet

#: How far ahead a list loads exceptions (and "open now" looks for the next opening).
EXCEPTION_HORIZON_DAYS = 62


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Thứ Hai")
    TUESDAY = 1, _("Thứ Ba")
    WEDNESDAY = 2, _("Thứ Tư")
    THURSDAY = 3, _("Thứ Năm")
    FRIDAY = 4, _("Thứ Sáu")
    SATURDAY = 5, _("Thứ Bảy")
    SUNDAY = 6, _("Chủ nhật")


def _check_interval(opens, closes):
    """``opens`` before ``closes``, where a 00:00 close is the day's end."""
    if opens is None or closes is None:
        return
    if closes != dt.time(0) and not opens < closes:
        raise ValidationError(
            {"closes": _("Giờ đóng cửa phải sau giờ mở cửa (qua nửa đêm: tách thành hai "
                         "khoảng, 00:00 là nửa đêm).")}
        )


class OpeningPeriod(models.Model):
    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="opening_periods")
    weekday = models.PositiveSmallIntegerField(_("Thứ"), choices=Weekday.choices)
    opens = models.TimeField(_("Mở cửa"))
    closes = models.TimeField(_("Đóng cửa"), help_text=_("00:00 là nửa đêm cuối ngày."))

    class Meta:
        verbose_name = _("Giờ mở cửa")
        verbose_name_plural = _("Giờ mở cửa")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weekday__gte=0, weekday__lte=6), name="outlet_weekday_0_6"
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        _check_interval(self.opens, self.closes)


class OpeningException(models.Model):
    """Ngày nghỉ hoặc giờ đặc biệt: one date that does not follow the week."""

    outlet = models.ForeignKey(
        Outlet, on_delete=models.CASCADE, related_name="opening_exceptions"
    )
    date = models.DateField(_("Ngày"))
    closed = models.BooleanField(_("Nghỉ cả ngày"), default=True)
    opens = models.TimeField(_("Mở cửa"), null=True, blank=True)
    closes = models.TimeField(_("Đóng cửa"), null=True, blank=True)
    reason = models.CharField(_("Lý do"), max_length=255, blank=True,
                              help_text=_("Ví dụ: Tết Nguyên đán, Quốc khánh 2/9."))

    class Meta:
        verbose_name = _("Ngày nghỉ / giờ đặc biệt")
        verbose_name_plural = _("Ngày nghỉ / giờ đặc biệt")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["outlet", "date"], name="outlet_exception_once_a_day"),
        ]

    def __str__(self):
        if self.closed:
            return f"{self.date:%d/%m/%Y}: nghỉ"
        return f"{self.date:%d/%m/%Y}: {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.closed:
            if self.opens or self.closes:
                raise ValidationError(
                    {"opens": _("Ngày nghỉ cả ngày không có giờ mở cửa.")}
                )
            return
        missing = {
            field: _("Nhập giờ đặc biệt, hoặc chọn nghỉ cả ngày.")
            for field in ("opens", "closes")
            if getattr(self, field) is None
        }
        if missing:
            raise ValidationError(missing)
        _check_interval(self.opens, self.closes)
