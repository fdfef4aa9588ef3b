"""When producers are told that a certificate runs out.

Producers are e-mailed 60 and 30 days before ``valid_until`` and once it has
expired (threshold 0), each threshold once (``ExpiryNotice``). A run that
missed days sends the threshold the certificate is in now, not the ones it
passed; a certificate expired longer than ``STALE_AFTER_DAYS`` ago gets
nothing (it was dealt with, or nobody is left to tell). A certificate
renewed by a later one (same product, active, valid longer) is left alone.
The dashboard banner uses the same selection over a wider window.
"""
import datetime as dt

from django.db.models import Exists, OuterRef
from django.utils import timezone
from oscar.core.loading import get_model

NOTICE_DAYS = (60, 30, 0)
STALE_AFTER_DAYS = 7
BANNER_DAYS = 60
BANNER_EXPIRED_DAYS = 180


def due_threshold(days_left: int):
    """The threshold a certificate with ``days_left`` is in, or ``None``."""
    if days_left < -STALE_AFTER_DAYS:
        return None
    crossed = [days for days in NOTICE_DAYS if days_left <= days]
    return min(crossed) if crossed else None


def running_out(queryset=None, on=None, ahead=BANNER_DAYS, behind=BANNER_EXPIRED_DAYS):
    """Active, not renewed certificates whose end is within ``[-behind, +ahead]`` days."""
    OCOPCertificate = get_model("catalogue", "OCOPCertificate")
    on = on or timezone.localdate()
    queryset = OCOPCertificate.objects.all() if queryset is None else queryset
    renewed = OCOPCertificate.objects.filter(
        product=OuterRef("product"),
        status=OCOPCertificate.Status.ACTIVE,
        valid_until__gt=OuterRef("valid_until"),
    )
    return queryset.filter(
        status=OCOPCertificate.Status.ACTIVE,
        valid_until__lte=on + dt.timedelta(days=ahead),
        valid_until__gte=on - dt.timedelta(days=behind),
    ).exclude(Exists(renewed))


def due_notices(on=None):
    """(certificate, threshold) pairs not yet noted, ready to send on ``on``."""
    ExpiryNotice = get_model("catalogue", "ExpiryNotice")
    on = on or timezone.localdate()
    candidates = (
        running_out(on=on, ahead=max(NOTICE_DAYS), behind=STALE_AFTER_DAYS)
        .select_related("product__producer")
        .prefetch_related("product__producer__users")
        .order_by("valid_until", "number")
    )
    sent = set(
        ExpiryNotice.objects.filter(certificate__in=candidates).values_list(
            "certificate_id", "threshold"
        )
    )
    for certificate in candidates:
        threshold = due_threshold((certificate.valid_until - on).days)
        if threshold is not None and (certificate.pk, threshold) not in sent:
            yield certificate, threshold


def recipients(producer) -> list[str]:
    """The producer's own address and its staff's, without repeats."""
    found = [producer.email] + [user.email for user in producer.users.all()]
    return list(dict.fromkeys(address.strip().lower() for address in found if address))
