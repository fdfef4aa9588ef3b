"""The scan log: one row per resolution, with no personal data.

No IP address and no user agent are stored: only the day and hour, what was
resolved, how it was answered, and at most a coarse network prefix (IPv4
/16, IPv6 /32) so that copies scanned "in more places" can be noticed.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ScanRecord(models.Model):
    class Kind(models.TextChoices):
        DIGITAL_LINK = "dl", _("GS1 Digital Link")
        SHORT_CODE = "short", _("Mã ngắn")

    class Answer(models.TextChoices):
        PAGE = "page", _("Trang truy xuất")
        LINKSET = "linkset", _("Linkset")
        REDIRECT = "redirect", _("Chuyển hướng")
        HEAD = "head", _("HEAD")

    #: Answers that a person scanning a package produces (copy detection).
    HUMAN_ANSWERS = (Answer.PAGE, Answer.REDIRECT)

    kind = models.CharField(max_length=8, choices=Kind.choices)
    answer = models.CharField(max_length=8, choices=Answer.choices, default=Answer.PAGE)
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="scans"
    )
    batch = models.ForeignKey(
        "traceability.Batch", on_delete=models.CASCADE, null=True, blank=True, related_name="scans"
    )
    serial = models.ForeignKey(
        "traceability.SerialCode", on_delete=models.CASCADE, null=True, blank=True,
        related_name="scans",
    )
    #: Truncated to the hour.
    scanned_at = models.DateTimeField(db_index=True)
    network = models.CharField(max_length=24, blank=True)

    class Meta:
        verbose_name = _("Lượt quét")
        verbose_name_plural = _("Lượt quét")
        ordering = ["-scanned_at", "-pk"]
        indexes = [models.Index(fields=["serial", "answer"], name="trace_scan_serial_answer")]
