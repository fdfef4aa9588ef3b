"""Consumer reports: the rate limit and the saving, kept out of the view.

The limit is per client network, counted in the cache (no database row
and no address is kept for it): every submission counts, valid or not, so
that nobody can make the server decode photos without end.
"""
from django.conf import settings

from . import notifications, ratelimit, resolver
from .models import ConsumerReport

#: Default for ``settings.OCOP_REPORTS_PER_HOUR``.
DEFAULT_REPORTS_PER_HOUR = 5
WINDOW_SECONDS = 3600
#: Finer than the scan log's /16 and /32: a /16 is a whole carrier's NAT
#: pool in Vietnam, and one noisy subscriber must not silence a province.
#: A /24 (IPv4) or /56 (an IPv6 subscriber's allocation) is a neighbourhood.
RATE_PREFIX_V4 = 24
RATE_PREFIX_V6 = 56


def reports_per_hour() -> int:
    return int(getattr(settings, "OCOP_REPORTS_PER_HOUR", DEFAULT_REPORTS_PER_HOUR))


def rate_network(address: str | None) -> str:
    return resolver.coarse_network(address, RATE_PREFIX_V4, RATE_PREFIX_V6)


def over_limit(address: str | None) -> bool:
    """Count this submission; True when it is over the hourly limit."""
    key = "ocop:trace-report:" + (rate_network(address) or "unknown")
    return ratelimit.count(key, WINDOW_SECONDS) > reports_per_hour()


def save_report(resolution: resolver.Resolution, cleaned: dict, address: str | None):
    report = ConsumerReport.objects.create(
        product=resolution.product,
        batch=resolution.batch,
        serial=resolution.serial,
        code=resolution.path,
        kind=cleaned["kind"],
        message=cleaned.get("message", ""),
        photo=cleaned.get("photo") or "",
        contact=cleaned.get("contact", ""),
        network=resolver.coarse_network(address),
    )
    notifications.report_received(report)
    return report
