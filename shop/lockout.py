"""Login brute-force protection (django-axes), the OCOP way.

Every login form (Oscar's customer and dashboard login, the Wagtail admin,
the Django admin) authenticates through ``django.contrib.auth``, so one
backend in front of the others guards them all. After
``AXES_FAILURE_LIMIT`` failures for one user name from one address, that
pair is refused for ``AXES_COOLOFF_TIME`` hours with a Vietnamese page and
status 429, never a 500.
"""
from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth import get_user_model
from django.shortcuts import render


class LockoutBackend(AxesStandaloneBackend):
    """Axes's backend, but a check without a request is not an attack.

    Axes refuses ``authenticate()`` calls that carry no request (a shell,
    the test client's ``login()``, a management command). Those never come
    from the web, so the lockout has nothing to count: let the next backend
    decide. Every login form passes its request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def account_name(request, credentials=None) -> str:
    """The account a login attempt is for (AXES_USERNAME_CALLABLE).

    Oscar's form takes an e-mail address, the admins a user name, and a
    successful login is reported by user name: count them as one account,
    so that signing in clears the failures made with the e-mail address.
    """
    form = getattr(request, "POST", {}) if request is not None else {}
    typed = (
        (credentials or {}).get("username") or form.get("login-username") or form.get("username")
        or ""
    ).strip()
    if "@" in typed:
        user = get_user_model().objects.filter(email__iexact=typed).order_by("pk").first()
        if user is not None:
            return user.get_username()
    return typed


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out visitor sees (AXES_LOCKOUT_CALLABLE)."""
    minutes = round(float(settings.AXES_COOLOFF_TIME or 0) * 60)
    return render(
        request,
        "ocop/lockout.html",
        {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
