"""Conditional GET, caching and CORS for public, read-only responses.

The ETag is a hash of the body, so it changes whenever anything shown
changes, including a certificate lapsing at midnight with no write to any
table. ``Last-Modified`` is when this process first served that body for
the URL (remembered in the cache): it can be later than the real change,
which only costs a full answer, but never earlier, so ``If-Modified-Since``
never yields a stale 304. ``If-None-Match`` wins over it, as RFC 9110 says.

CORS is a few headers on the public GET answers rather than a middleware
(or django-cors-headers): nothing else on the site is meant to be read
cross-origin, and the write API answers no browser from another origin.
"""
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date, quote_etag
from django.utils.translation import get_language

SAFE_METHODS = ("GET", "HEAD")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}


def add_cors(response):
    for name, value in CORS_HEADERS.items():
        response.headers[name] = value
    return response


def _first_served(request, etag):
    """When this body was first served for this URL and language (a timestamp)."""
    key = "api:seen:" + hashlib.sha256(
        f"{get_language()}|{request.get_full_path()}|{etag}".encode()
    ).hexdigest()
    now = timezone.now().timestamp()
    seen = cache.get(key)
    if seen is None:
        cache.set(key, now, timeout=settings.OCOP_API_LAST_MODIFIED_MEMORY)
        return now
    return seen


def conditional(request, response, max_age):
    """Add ETag, Last-Modified, Cache-Control and CORS; 304 when the client is current.

    ``response`` must be rendered. Anything but a 200 to GET/HEAD only gets CORS.
    """
    add_cors(response)
    if request.method not in SAFE_METHODS or response.status_code != 200:
        return response
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    last_modified = int(_first_served(request, etag))
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=max_age)
    # Labels are translated into the language chosen by cookie (vi by default).
    patch_vary_headers(response, ("Cookie",))
    not_modified = get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )
    if not_modified is not response:
        return add_cors(not_modified)
    return response
