"""Rate limits per client, counted in the cache (Redis in production).

DRF's throttles read their rates once, at import; these read
``settings.OCOP_API_RATES`` on every request, so the rates follow the
environment and tests can change them. Anonymous clients are counted per
address (``REMOTE_ADDR``, or ``X-Forwarded-For`` behind
``REST_FRAMEWORK["NUM_PROXIES"]`` proxies), token holders per user.
"""
from django.conf import settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class _SettingsRate:
    def get_rate(self):
        return settings.OCOP_API_RATES.get(self.scope)


class PublicThrottle(_SettingsRate, AnonRateThrottle):
    """Every client of the public API, anonymous or not, by address."""

    scope = "public"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class ProducerThrottle(_SettingsRate, UserRateThrottle):
    """Producers' write API, by user."""

    scope = "producer"
