import pytest
from django.conf import settings
from django.utils import translation

from tests import factories

# Shared fixtures that live in their own modules.
pytest_plugins = ["tests.demo", "tests.people"]


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


@pytest.fixture
def producer(db):
    return factories.make_producer()


@pytest.fixture
def listed_product(db):
    return factories.make_product("Nem chua Thanh Hóa")
