"""Real-browser tests: Playwright driving Debian's Chromium.

Playwright's own browser download does not work on our machines, so the
tests use ``/usr/bin/chromium`` (``make browser`` installs it) and are
skipped, with the reason shown, where it is missing.
"""
import os
import shutil
from pathlib import Path

import pytest

# localstripe for the card tests (test_checkout_card.py).
from tests.checkout.localstripe import localstripe, stripe_keys  # noqa: F401  (fixtures)

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def _chromium():
    """Playwright and Chromium, started once by the first test that asks."""
    started = {}
    yield started
    if started:
        started["browser"].close()
        started["playwright"].stop()


@pytest.fixture
def browser(_chromium):
    """Chromium, started inside a test rather than before it.

    Started by a session fixture, Playwright came up before the test's
    database fixture, and the first browser test after a flushed
    transactional test found an empty database: ``serialized_rollback``
    did not restore it (Playwright's sync API switches greenlets, and
    Django keeps its connections per context). Started here, after the
    database fixture, the restore happens first.
    """
    if not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: run `make browser` to install it")
    if not _chromium:
        # Playwright's sync API runs an event loop in this thread; Django would
        # otherwise refuse the test's own ORM calls made while it is open.
        os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        _chromium["playwright"] = playwright
        _chromium["browser"] = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
    return _chromium["browser"]


#: Screenshots of failed browser tests, kept where CI can collect them.
SCREENS = Path(__file__).resolve().parents[2] / "var" / "e2e-screens"


@pytest.fixture
def page(browser, request):
    """A Vietnamese browser tab; on failure its page is saved as
    ``var/e2e-screens/<test>.png``."""
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        SCREENS.mkdir(parents=True, exist_ok=True)
        path = SCREENS / f"{request.node.name}.png"
        page.screenshot(path=str(path), full_page=True)
        print(f"screenshot of the failure: {path}")
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
