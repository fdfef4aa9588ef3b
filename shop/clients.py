"""The visitor's address behind reverse proxies.

Behind nginx or a load balancer every request comes from the proxy, so
anything counted per address (login lockouts, QR scan and report limits,
the scan log's networks) would count one client. When the number of
trusted proxies is configured (``OCOP_API_NUM_PROXIES``, the same setting
DRF's throttles read), ``REMOTE_ADDR`` becomes the address the outermost
trusted proxy saw, taken from ``X-Forwarded-For`` the way DRF does. Without
the setting nothing changes: a forged header on a site not behind a proxy
must not choose the address.
"""
from django.conf import settings


def forwarded_client(meta: dict, num_proxies: int | None) -> str | None:
    remote = meta.get("REMOTE_ADDR")
    forwarded = meta.get("HTTP_X_FORWARDED_FOR")
    if not num_proxies or not forwarded:
        return remote
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return hops[-min(num_proxies, len(hops))] if hops else remote


class ForwardedClientMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        num_proxies = settings.REST_FRAMEWORK.get("NUM_PROXIES")
        if num_proxies:
            request.META["REMOTE_ADDR"] = forwarded_client(request.META, num_proxies)
        return self.get_response(request)
