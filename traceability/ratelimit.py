"""Fixed-window counters in the cache, for the public traceability paths.

Counted in the cache (Redis in production, shared by every app server), so
no address is written to the database. Consumer reports count per network
per hour (``reporting.py``); QR scans per address per minute
(``OCOP_SCANS_PER_MINUTE``), generous enough for a shop full of people on
one carrier-grade NAT address, tight enough to stop a scraper walking
serials.
"""
from django.conf import settings
from django.core.cache import cache

SCAN_WINDOW_SECONDS = 60
#: Default for ``settings.OCOP_SCANS_PER_MINUTE``.
DEFAULT_SCANS_PER_MINUTE = 120


def count(key: str, window: int) -> int:
    """Add one to ``key``'s counter for this window and return the count."""
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1


def scans_over_limit(address: str | None) -> bool:
    """Count one scan from ``address``; True when it is over the limit."""
    limit = int(getattr(settings, "OCOP_SCANS_PER_MINUTE", DEFAULT_SCANS_PER_MINUTE))
    if limit <= 0:  # 0 switches the limit off
        return False
    return count("ocop:trace-scan:" + (address or "unknown"), SCAN_WINDOW_SECONDS) > limit
