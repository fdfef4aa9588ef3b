"""Run the search behaviour tests on each backend.

The embedded backend always runs. The Elasticsearch backend runs the same
tests only when ``ELASTICSEARCH_URL`` points at a server (none can be
installed on the build machines); otherwise those tests are skipped with
the reason shown by ``pytest -ra``.
"""
import os

import pytest

from search import backends


@pytest.fixture(params=["embedded", "elasticsearch"])
def search_backend(request, settings):
    backends._backend.cache_clear()
    if request.param == "elasticsearch":
        url = os.environ.get("ELASTICSEARCH_URL", "")
        if not url:
            pytest.skip("ELASTICSEARCH_URL is not set: live Elasticsearch tests skipped")
        settings.ELASTICSEARCH_URL = url
        settings.OCOP_SEARCH_BACKEND = backends.ELASTICSEARCH
        backends.get_backend().clear()
    else:
        settings.OCOP_SEARCH_BACKEND = backends.EMBEDDED
    yield request.param
    backends._backend.cache_clear()
