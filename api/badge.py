"""``/badge/<number>.svg``: a star badge that cannot outlive its certificate.

Its colour and words are the certificate's state *today*
(``OCOPCertificate.state``, worded by the site's status chip), worked out
on every request, so a badge turns red the day a certificate lapses with
no job running. Caches may keep it at most ``OCOP_BADGE_MAX_AGE`` seconds
(one day at most) and never past the next midnight in Việt Nam, when a
state can change by the calendar alone; the ETag lets them revalidate cheaply.
"""
import datetime as dt

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_safe

from . import http, status
from .views import find_certificate

ONE_DAY = 24 * 3600
#: Rough width of one character of the 11 px sans-serif text, in px.
CHAR_WIDTH = 6.6


def max_age(now=None):
    """Seconds a cache may keep the badge: the setting, ≤ 1 day, ≤ next midnight."""
    now = timezone.localtime(now)
    midnight = timezone.make_aware(dt.datetime.combine(now.date() + dt.timedelta(days=1),
                                                       dt.time.min))
    to_midnight = max(1, int((midnight - now).total_seconds()))
    return min(settings.OCOP_BADGE_MAX_AGE, ONE_DAY, to_midnight)


def render_badge(certificate):
    state = certificate.state
    background, foreground = status.colours(state)
    left = "★" * certificate.stars + " OCOP"
    right = status.state_words(certificate)
    left_width = int(len(left) * CHAR_WIDTH) + 16
    right_width = int(len(right) * CHAR_WIDTH) + 16
    return render_to_string("api/badge.svg", {
        "certificate": certificate,
        "state": state,
        "title": f"{status.stars_words(certificate.stars)} · {certificate.number} · {right}",
        "left": left,
        "right": right,
        "left_width": left_width,
        "right_width": right_width,
        "width": left_width + right_width,
        "right_x": left_width + right_width // 2,
        "left_x": left_width // 2,
        "background": background,
        "foreground": foreground,
    })


@require_safe
def badge(request, number):
    certificate = find_certificate(number)
    response = HttpResponse(render_badge(certificate), content_type="image/svg+xml")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return http.conditional(request, response, max_age())
