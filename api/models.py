"""Producer API tokens, created and revoked in the back office.

Only a SHA-256 of the key is stored: the key is shown once, when it is
created, and a leaked database does not leak usable keys. Keys are 256
random bits, so a fast hash is enough (no password stretching needed). A
token acts for one user on behalf of one producer; it stops working when
it is revoked, when the user leaves the producer (``Partner.users``) or
loses producer access, or when the user is deactivated.
"""
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KEY_PREFIX = "ocop_"
#: Characters of the key kept in clear, so people can tell their keys apart.
SHOWN_CHARS = 12


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def for_key(self, key: str):
        """The active token of ``key``, or None."""
        return self.active().select_related("user", "producer").filter(
            key_hash=hash_key(key)).first()


class ApiToken(models.Model):
    name = models.CharField(_("Tên khóa"), max_length=100)
    producer = models.ForeignKey(
        "partner.Partner", on_delete=models.CASCADE, related_name="api_tokens",
        verbose_name=_("Chủ thể OCOP"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="producer_api_tokens",
        verbose_name=_("Người dùng"),
    )
    shown = models.CharField(_("Đầu khóa"), max_length=SHOWN_CHARS)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("Tạo lúc"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("Dùng lần cuối"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("Thu hồi lúc"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("Người thu hồi"),
    )

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("Khóa API")
        verbose_name_plural = _("Khóa API")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} ({self.shown}…)"

    @classmethod
    def issue(cls, *, name, producer, user):
        """Create a token; returns ``(token, key)``. The key is never stored."""
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(
            name=name, producer=producer, user=user, shown=key[:SHOWN_CHARS],
            key_hash=hash_key(key),
        )
        return token, key

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def revoke(self, by):
        if self.revoked_at is None:
            self.revoked_at, self.revoked_by = timezone.now(), by
            self.save(update_fields=["revoked_at", "revoked_by"])
