"""Picks the search engine from settings.

``ELASTICSEARCH_URL`` set: the Elasticsearch backend; otherwise the embedded
one, which needs nothing but the database. ``OCOP_SEARCH_BACKEND`` (a dotted
path) overrides both, e.g. for tests.
"""
from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string

EMBEDDED = "search.backends.embedded.EmbeddedBackend"
ELASTICSEARCH = "search.backends.elasticsearch.ElasticsearchBackend"


def backend_path() -> str:
    explicit = getattr(settings, "OCOP_SEARCH_BACKEND", "")
    if explicit:
        return explicit
    return ELASTICSEARCH if getattr(settings, "ELASTICSEARCH_URL", "") else EMBEDDED


@lru_cache(maxsize=4)
def _backend(path):
    return import_string(path)()


def get_backend():
    return _backend(backend_path())
