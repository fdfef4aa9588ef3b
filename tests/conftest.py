import os

import pytest
from django.conf import settings
from django.utils import translation
from hypothesis import settings as hypothesis_settings

from tests import factories

# Shared fixtures that live in their own modules.
pytest_plugins = ["tests.demo", "tests.people"]

# Hypothesis: no deadline (a request through the whole stack varies with the
# machine's load); HYPOTHESIS_PROFILE=thorough runs thousands of cases in
# the fuzz tests that take their count from tests/fuzzing.py.
hypothesis_settings.register_profile("quick", deadline=None)
hypothesis_settings.register_profile("thorough", deadline=None, max_examples=3000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in the site's default language.

    A request made in English leaves English active in the test's thread
    (Django activates the language per request and does not reset it), which
    would leak into the next test's messages.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def forget_portals():
    """Each test finds its own sites: the cache outlives the test's rollback."""
    from cms.models.settings import forget_portals

    forget_portals()
    yield


@pytest.fixture
def producer(db):
    return factories.make_producer()


@pytest.fixture
def listed_product(db):
    return factories.make_product("Nem chua Thanh Hóa")
