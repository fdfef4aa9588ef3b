"""Codes printed on packages: random serials and short codes.

Both are drawn from ``secrets`` so that nobody can guess the next label
from one they hold (serials are never sequential).
"""
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

#: Upper-case letters and digits without look-alikes (0/O, 1/I/L): a
#: subset of GS1 CSET 82 that survives being read out or typed.
SERIAL_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SERIAL_LENGTH = 12  # 31**12 ≈ 2**59
TOKEN_BYTES = 12  # token_urlsafe(12): 16 characters, 96 bits


def new_serial() -> str:
    return "".join(secrets.choice(SERIAL_ALPHABET) for _ in range(SERIAL_LENGTH))


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class SerialCode(models.Model):
    """Số serial của một gói hàng trong một lô (GS1 AI 21)."""

    batch = models.ForeignKey(
        "traceability.Batch", on_delete=models.CASCADE, related_name="serials"
    )
    serial = models.CharField(_("Số serial"), max_length=20, default=new_serial)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Mã serial")
        verbose_name_plural = _("Mã serial")
        constraints = [
            models.UniqueConstraint(fields=["batch", "serial"], name="trace_serial_per_batch"),
        ]

    def __str__(self):
        return self.serial


class ShortCode(models.Model):
    """Mã ngắn /t/{token} for products without a GTIN (or for any label)."""

    token = models.CharField(_("Mã"), max_length=32, unique=True, default=new_token)
    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.PROTECT, related_name="short_codes"
    )
    batch = models.ForeignKey(
        "traceability.Batch", on_delete=models.CASCADE, null=True, blank=True,
        related_name="short_codes",
    )
    serial = models.OneToOneField(
        SerialCode, on_delete=models.CASCADE, null=True, blank=True, related_name="short_code"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Mã ngắn")
        verbose_name_plural = _("Mã ngắn")

    def __str__(self):
        return self.token
