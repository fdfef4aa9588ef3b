"""Back-office records: invitations of producers (see ``dashboard``).

Producers cannot register themselves: an operator invites one by email, and
the link in that email is the only way to a producer account. The link
carries a random token; only its SHA-256 is stored, so a copy of the
database opens no account. Resending issues a new token (the old link stops
working) and restarts the 14 days.
"""
import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

VALID_FOR = dt.timedelta(days=14)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def by_token(self, token: str):
        """The invitation a link's token belongs to (any state), or None."""
        return self.select_related("producer").filter(token_hash=hash_token(token)).first()

    def with_status(self, status: str):
        """Invitations in one state (``Invitation.Status``), decided in the database."""
        now = timezone.now()
        open_ = models.Q(accepted_at__isnull=True, cancelled_at__isnull=True)
        return self.filter({
            Invitation.Status.PENDING: open_ & models.Q(expires_at__gt=now),
            Invitation.Status.EXPIRED: open_ & models.Q(expires_at__lte=now),
            Invitation.Status.ACCEPTED: models.Q(accepted_at__isnull=False),
            Invitation.Status.CANCELLED: models.Q(accepted_at__isnull=True,
                                                  cancelled_at__isnull=False),
        }[status])


class Invitation(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Đang chờ")
        ACCEPTED = "accepted", _("Đã nhận")
        EXPIRED = "expired", _("Hết hạn")
        CANCELLED = "cancelled", _("Đã hủy")

    email = models.EmailField(_("Email"))
    producer = models.ForeignKey(
        "partner.Partner", on_delete=models.CASCADE, related_name="invitations",
        verbose_name=_("Chủ thể OCOP"),
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("Người mời"),
    )
    created_at = models.DateTimeField(_("Ngày tạo"), auto_now_add=True)
    sent_at = models.DateTimeField(_("Gửi lúc"), null=True, blank=True)
    expires_at = models.DateTimeField(_("Hết hạn lúc"))
    accepted_at = models.DateTimeField(_("Nhận lúc"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("Tài khoản"),
    )
    cancelled_at = models.DateTimeField(_("Hủy lúc"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Lời mời chủ thể")
        verbose_name_plural = _("Lời mời chủ thể")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.email} → {self.producer}"

    def issue_token(self) -> str:
        """A fresh token for the link (returned once, never stored)."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        self.expires_at = timezone.now() + VALID_FOR
        return token

    @property
    def status(self) -> str:
        if self.accepted_at:
            return self.Status.ACCEPTED
        if self.cancelled_at:
            return self.Status.CANCELLED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    def get_status_display(self):
        return self.Status(self.status).label

    @property
    def is_open(self) -> bool:
        """Not accepted and not cancelled: it can be resent or cancelled."""
        return not (self.accepted_at or self.cancelled_at)
