import pytest
from django.core.cache import cache
from django.test import Client


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate-limit counters and Last-Modified memory live in the cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api():
    return Client()
