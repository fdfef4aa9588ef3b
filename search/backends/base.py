"""The one search interface both engines implement.

A view builds a :class:`SearchQuery` (text, category, facet filters, sort,
page), hands it to the configured backend (``search.backends.get_backend``)
and gets back a :class:`SearchResults`: the product ids of the page, the
total and the facet counts. Indexing is ``index(products)`` and
``remove(pks)``; ``suggest(text)`` feeds the autocomplete and
``correct(text)`` the "did you mean" of a query that found nothing.

Every backend applies the listing rule at query time, so a stale index
never shows a product whose certificate lapsed or was revoked.
"""
from dataclasses import dataclass, field

from .. import documents

#: Queries longer than this are cut (a 10,000-character paste must not
#: become 10,000 LIKE clauses); likewise the number of words used.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 8

SORTS = ("relevance", "price-asc", "price-desc", "newest", "stars")


def query_words(text) -> list[str]:
    """The distinct folded words of a query, in order, within the limits."""
    seen = []
    for word in documents.words(str(text or "")[:MAX_QUERY_CHARS]):
        if word not in seen:
            seen.append(word)
    return seen[:MAX_QUERY_WORDS]


@dataclass
class SearchQuery:
    text: str = ""
    #: ``{index field: value}`` of the selected facets (search/facets.py).
    filters: dict = field(default_factory=dict)
    #: Category ids (a category and its descendants) to stay within.
    category_ids: list | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20

    @property
    def words(self) -> list[str]:
        return query_words(self.text)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class SearchResults:
    ids: list
    total: int
    facets: dict


@dataclass
class Suggestion:
    kind: str  # "product" or "producer"
    label: str
    url: str


class SearchBackend:
    """Base class: subclasses implement the five operations."""

    def index(self, products):
        """Add or replace these products (from ``documents.indexing_queryset``)."""
        raise NotImplementedError

    def remove(self, pks):
        raise NotImplementedError

    def clear(self):
        raise NotImplementedError

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError

    def suggest(self, text, limit=8) -> list[Suggestion]:
        raise NotImplementedError

    def correct(self, text) -> str | None:
        """A corrected query for one that found nothing ("did you mean"),
        or None. Optional: an engine without it offers no correction."""
        return None
