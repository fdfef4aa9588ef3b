"""Shared steps of the journeys in tests/e2e/test_journeys.py.

A journey visits each page with :meth:`Journey.visit` (or calls
:meth:`Journey.check` after a click landed on one), so axe-core looks at
every page a person sees; the violations are gathered and the journey
fails at its end with all of them listed, after its own story has been
checked.
"""
from importlib import import_module
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

from tests.e2e.axe import assert_none_found, serious_violations


class Journey:
    """One person's tab on the live server, with axe-core on every page."""

    def __init__(self, page, live_server):
        self.page = page
        self.base = live_server.url
        self.found = {}

    def visit(self, path):
        self.page.goto(self.base + path)
        self.check()
        return self.page

    def check(self):
        """axe-core on the page now shown (after a click or a form)."""
        self.page.wait_for_load_state()
        path = urlsplit(self.page.url).path
        violations = serious_violations(self.page)
        if violations:
            self.found[path] = violations

    def body(self) -> str:
        """The page's text as read, with non-breaking spaces as spaces."""
        return self.page.locator("body").inner_text().replace("\xa0", " ")

    def log_in(self, user):
        """Start a session for ``user`` as a login would, without the login form
        (tests/e2e/test_producer_journey.py goes through the form itself)."""
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
        self.page.context.add_cookies([{
            "name": settings.SESSION_COOKIE_NAME, "value": session.session_key,
            "url": self.base,
        }])

    def log_out(self):
        self.page.context.clear_cookies()

    def accessible(self):
        """Fail with every serious or critical axe-core violation of the journey."""
        assert_none_found(self.found)
