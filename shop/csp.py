"""Content-Security-Policy: one strict policy for the public site.

The policy itself is ``settings.CONTENT_SECURITY_POLICY`` (django-csp 4).
Two things in it depend on settings that tests and operators change at
run time, so this middleware adds them per response instead of freezing
them at import:

* the host of the outlet map's tiles (``OCOP_MAP_TILE_URL``) in ``img-src``;
* Stripe.js (or an emulator's copy, ``STRIPE_JS_URL`` / ``STRIPE_API_BASE``) in
  ``script-src``, ``frame-src`` and ``connect-src``, when cards are offered.

Public pages run no inline JavaScript: scripts are static files and data
travels in ``json_script`` blocks, so ``script-src`` has neither
``'unsafe-inline'`` nor a nonce. The back office is different: Oscar's
dashboard and Wagtail's and Django's admins are third-party templates full
of inline ``<script>`` and ``on…=`` handlers. Under
``OCOP_CSP_BACKOFFICE_PREFIXES`` the policy allows inline scripts
(``'unsafe-inline'``, and so no nonce, which would switch it off); those
pages are reached only by signed-in staff and keep every other directive
(no framing by other sites, no plugins, no foreign form targets).
"""
from urllib.parse import urlsplit

from csp.constants import UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

#: Where Stripe.js lives and what it talks to (Stripe's CSP guide).
STRIPE_SCRIPT = ["https://js.stripe.com", "https://*.js.stripe.com"]
STRIPE_FRAME = [*STRIPE_SCRIPT, "https://hooks.stripe.com"]
STRIPE_CONNECT = ["https://api.stripe.com"]


def origin(url: str) -> str:
    """``https://{s}.tile.example/{z}/…`` → ``https://*.tile.example``."""
    parts = urlsplit(url.replace("{s}", "*"))
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def stripe_sources() -> dict[str, list[str]]:
    if not (settings.STRIPE_SECRET_KEY and settings.STRIPE_PUBLISHABLE_KEY):
        return {}
    # The gateway decides where Stripe.js comes from; follow it.
    from shop.payment.gateways.stripe import js_url

    script = origin(js_url())
    if script in STRIPE_SCRIPT:
        return {"script-src": STRIPE_SCRIPT, "frame-src": STRIPE_FRAME,
                "connect-src": STRIPE_CONNECT}
    # An emulator's Stripe.js (STRIPE_JS_URL or STRIPE_API_BASE) talks to itself.
    return {"script-src": [script], "frame-src": [script], "connect-src": [script]}


def is_backoffice(path: str) -> bool:
    """A back-office path, with or without a language prefix (``/en/dashboard/``)."""
    prefixes = tuple(getattr(settings, "OCOP_CSP_BACKOFFICE_PREFIXES", ()))
    for code, _name in settings.LANGUAGES:
        if path.startswith(f"/{code}/"):
            path = path[len(code) + 1:]
            break
    return path.startswith(prefixes)


class OCOPCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        update = {key: list(value) for key, value in (parts.update or {}).items()}

        def add(directive, sources):
            update.setdefault(directive, []).extend(s for s in sources if s)

        add("img-src", [origin(getattr(settings, "OCOP_MAP_TILE_URL", ""))])
        for directive, sources in stripe_sources().items():
            add(directive, sources)
        if is_backoffice(request.path_info):
            add("script-src", [UNSAFE_INLINE, UNSAFE_EVAL])
            # A nonce beside 'unsafe-inline' makes browsers ignore the latter.
            parts.nonce = None
        parts.update = update
        return parts
