"""The embedded backend: our own index tables, queried through the ORM.

Why this engine (decided by portability first, then measured with
tests/bench/bench_search.py at 20,000 products):

* The suite and production run on both SQLite and PostgreSQL. SQLite FTS5
  and PostgreSQL's ``tsvector`` are two engines with two query languages,
  two tokenizers (neither folds đ→d: FTS5's ``unicode61
  remove_diacritics`` leaves đ, PostgreSQL needs the ``unaccent``
  extension, which takes superuser rights to install) and two sets of
  ranking rules to keep equal. Tables we fill ourselves with text folded by
  :func:`catalog.text.fold` behave the same on both, and the same tests
  run on both.
* ``IndexedWord`` is an inverted index (distinct folded word, product):
  each query word is a prefix range over its B-tree, intersected in SQL,
  so matching never reads every product. ``IndexedProduct`` holds the
  folded text for ranking, the facet values and the sort keys.
* Listed today, read from the index: each row holds its listing span
  (``listed_from``/``listed_until``, from ``catalog.managers.listing_windows``,
  the listing rule as date ranges) compared with today at query time, so an
  expiry needs no re-index; the catalogue's rule (``browsable()``) itself
  decides for the rare rows the span cannot vouch for: windows with gaps,
  and products holding a suspended or revoked certificate (so a status
  written behind the receivers' back is out of the counts at once). See
  :func:`_listed_today`. Before (issue 7, first rounds) every statement ran
  the rule over the candidates, a correlated test against the certificates
  that was most of each statement's cost (``browsable().count()`` alone:
  13–25 ms at 20,000 products on SQLite), which is why all counts then came
  from one fetch of every candidate, tallied in Python.
* Two paths, chosen by measurement (SQLite, 20,000 products, a quiet
  machine): browsing everything (no words, no category, the catalogue's
  pages) counts each facet with a GROUP BY that walks one of the index's
  facet indexes (search/models.py) and reads the page off the "newest" or
  "price" index: the 18,000 listed rows are never fetched (2–4 ms of SQL
  per facet; about as much again goes to building each statement). A text
  query or a category fetches its matches once, with facet values and sort
  keys, and tallies, orders and pages them in Python (one statement, where
  a GROUP BY per facet would find the matches again each time: ~6 ms per
  statement for "tra").
* Figures, same bench and machine (load average ~1; docs/performance.md
  has the tables): before this round cold p50 21.7 / p95 71.7 ms (browse
  everything 71 ms, browse with two filters 64 ms, "tra" 60 ms); after it
  cold p50 15.4 / p95 31.3 ms (browse 23 ms, with filters 15 ms, "tra"
  31 ms: 7,768 matches, 43% of the catalogue, fetched and tallied; every
  other query 10-17 ms). Warm (cached) p95 0.3 ms. The 25 ms target holds
  warm, and cold for all but "tra". Ranking and ordering moved into
  SQL too (``_score`` and ``_ORDERS`` in ORDER BY): Python sorting and
  scoring 7,768 rows had cost "tra" 20 ms. On PostgreSQL JIT compiling had
  cost 30-37 ms per statement (now off, shop/settings/base.py).
* Rejected: facet filters applied in SQL before fetching, for text queries
  (each facet's counts need the rows the *other* filters keep: a statement
  per selected facet); a cached set of listed ids (it would decide listing
  from the cache, not at query time); a GROUP BY per facet for text
  queries (measured above).

"Did you mean" (:meth:`EmbeddedBackend.correct`): only after a query
found nothing, each word is tested as typed, then as two words (a missing
space) or one edit away (first letter kept), against the index's own
vocabulary and with the listing rule, so exact queries cost nothing more
and no correction leads to an unlisted product. Measured at 20,000
products: a miss plus its correction 30–55 ms under the load above.

Matching: each query word must start a word of the title, the producer's
name or the description (prefix match, so "nuoc ma" finds "Nước mắm").
Ranking: whole word in the title 8, prefix in the title 5, whole word in
the producer 3, prefix 2, description 1, summed over the query's words.
Suggestions and corrections stop at a few rows, so they run the listing
rule itself; the view loads every page's products through ``browsable()``.
"""
import functools
import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection, connections
from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from ..documents import document_for
from ..facets import FACETS, FacetCounts, rows_matching
from .base import SearchBackend, SearchResults, Suggestion, query_words

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
IndexedProduct = get_model("search", "IndexedProduct")
IndexedWord = get_model("search", "IndexedWord")
IndexState = get_model("search", "IndexState")

logger = logging.getLogger(__name__)

FACET_FIELDS = [f.field for f in FACETS]
TITLE_WORD, TITLE_PREFIX, PRODUCER_WORD, PRODUCER_PREFIX, BODY = 8, 5, 3, 2, 1


def _with_prefix(word):
    """Products having a word that starts with ``word``.

    A range on the (word, product) B-tree. PostgreSQL compares by the
    database's collation, so there ``LIKE 'word%'`` is used with the
    pattern index Django creates; SQLite compares bytes, and its LIKE
    would not use the index.
    """
    words = IndexedWord.objects.all()
    if connection.vendor == "postgresql":
        words = words.filter(word__startswith=word)
    else:
        words = words.filter(word__gte=word, word__lt=word + "\U0010ffff")
    return words.values("product_id")


def _score(words):
    score = Value(0)
    for word in words:
        score = score + Case(
            When(title__contains=f" {word} ", then=Value(TITLE_WORD)),
            When(title__contains=f" {word}", then=Value(TITLE_PREFIX)),
            When(producer__contains=f" {word} ", then=Value(PRODUCER_WORD)),
            When(producer__contains=f" {word}", then=Value(PRODUCER_PREFIX)),
            default=Value(BODY),
            output_field=IntegerField(),
        )
    return score


#: Sort name -> the keys from most to least significant, as (column,
#: descending); None sorts last either way; ties broken by product id.
#: "score" is :func:`_score`, present only when the query has words.
_ORDERS = {
    "relevance": [("score", True), ("stars", True), ("date_created", True),
                  ("product_id", False)],
    "price-asc": [("price", False), ("product_id", False)],
    "price-desc": [("price", True), ("product_id", False)],
    "newest": [("date_created", True), ("product_id", True)],
    "stars": [("stars", True), ("score", True), ("date_created", True), ("product_id", False)],
}


def _changed(docs, row):
    """The documents whose index row would change: a stock count (every
    sale saves the stock record) or an edit to something the index does
    not hold re-indexes nothing, so cached answers survive it. Words come
    from the text columns, so equal rows mean equal words."""
    fields = [f.attname for f in IndexedProduct._meta.concrete_fields]
    stored = {values["product_id"]: values for values in
              IndexedProduct.objects.filter(pk__in=[d.pk for d in docs]).values(*fields)}
    return [doc for doc in docs
            if stored.get(doc.pk) != {f: getattr(row(doc), f) for f in fields}]


def _order_by(sort, scored):
    """``sort``'s ORDER BY terms (without the score if there is none)."""
    return [F(column).desc(nulls_last=True) if descending else F(column).asc(nulls_last=True)
            for column, descending in _ORDERS[sort] if scored or column != "score"]


def _listed_today_sql():
    """:func:`_listed_today` as SQL, compiled once a day per database.

    Browsing runs six statements carrying the listing test, whose nested
    subqueries Django would otherwise build, resolve and compile for each
    (measured at 20,000 products on SQLite: 14 of browsing's 38 ms, and
    4 ms of every text query). The text depends only on the day (in its
    parameters) and the database, and every statement of this backend
    reads the index table without an alias, so it stands in each of them.
    """
    sql, params = _compiled_listing(connection.alias, timezone.localdate())
    return RawSQL(sql, params, output_field=BooleanField())


@functools.lru_cache(maxsize=8)
def _compiled_listing(alias, today):
    query = IndexedProduct.objects.filter(_listed_today(today)).query
    return query.where.as_sql(query.get_compiler(using=alias), connections[alias])


def _listed_today(today):
    """Rows listed today: the index's listing span (search/models.py)
    holds today, and the catalogue's rule confirms the few rows the span
    cannot vouch for.

    ``today`` is read at query time (:func:`_listed_today_sql`), so a
    certificate that lapsed at midnight is out of every count with no
    re-index. The rule itself (``listed(on=today)``, canonical products as
    ``browsable()``) decides for a span with gaps (a later certificate
    after a lapse) and for every product holding a certificate that is not
    active: a suspension or revocation is a status change, so even one
    written behind the receivers' back (a raw UPDATE, which re-indexes
    nothing) is out of the counts at once. Those products are few, found
    through catalogue index ``ocop_cert_status``; the rest is read from
    the search index alone.
    """
    Status = OCOPCertificate.Status
    # An IN list, not "<> active", so that the index is searched, not scanned.
    not_active = OCOPCertificate.objects.filter(
        status__in=[s for s in Status.values if s != Status.ACTIVE])
    vouched = Q(listed_in_parts=False) & ~Q(product_id__in=not_active.values("product_id"))
    confirmed = Q(Exists(Product.objects.listed(on=today).filter(
        parent=None, pk=OuterRef("product_id"))))
    return Q(listed_from__lte=today, listed_until__gte=today) & (vouched | confirmed)


class EmbeddedBackend(SearchBackend):
    def index(self, products):
        docs = _changed([document_for(p) for p in products], self._row)
        if not docs:
            return
        pks = [doc.pk for doc in docs]
        self.remove(pks)  # also retires cached results
        IndexedProduct.objects.bulk_create(self._row(doc) for doc in docs)
        IndexedWord.objects.bulk_create(
            (IndexedWord(product_id=doc.pk, word=word) for doc in docs for word in doc.words),
            batch_size=2000,
        )
        # Again after the write: a search between the two writes in another
        # process may have cached the in-between state.
        _retire_cached_results()

    @staticmethod
    def _row(doc):
        windows = doc.listing_windows
        return IndexedProduct(
            listed_from=windows[0][0] if windows else None,
            listed_until=windows[-1][1] if windows else None,
            listed_in_parts=len(windows) > 1,
            product_id=doc.pk, title=doc.title, producer=doc.producer, body=doc.body,
            stars=doc.stars, group=doc.group, province=doc.province,
            producer_type=doc.producer_type, price=doc.price, price_band=doc.price_band,
            date_created=doc.date_created, producer_ref_id=doc.producer_id,
        )

    def remove(self, pks):
        pks = list(pks)
        IndexedProduct.objects.filter(pk__in=pks).delete()
        IndexedWord.objects.filter(product_id__in=pks).delete()
        _retire_cached_results()

    def clear(self):
        IndexedProduct.objects.all().delete()
        IndexedWord.objects.all().delete()
        _retire_cached_results()

    # -- queries ------------------------------------------------------------

    def _matching(self, words, category_ids=None, exact=False):
        """Products listed today matching every word (and within the
        categories).

        ``exact``: the catalogue's rule decides each row (for suggestions
        and corrections, which stop at a few rows); otherwise the index's
        listing span (:func:`_listed_today`), which a facet count can read
        from an index alone.
        """
        # Text first: the word index narrows the rows the listing test and
        # the category test are evaluated on.
        rows = IndexedProduct.objects.all()
        if words:
            first, *others = [_with_prefix(word) for word in words]
            rows = rows.filter(product_id__in=first.intersection(*others) if others else first)
        if exact:
            listed = Product.objects.browsable()
            rows = rows.filter(Exists(listed.filter(pk=OuterRef("product_id"))))
        else:
            rows = rows.filter(_listed_today_sql())
        if category_ids is not None:
            rows = rows.filter(
                Exists(ProductCategory.objects.filter(
                    product_id=OuterRef("product_id"), category_id__in=category_ids))
            )
        return rows

    def search(self, query):
        words = query.words
        sort = query.sort if words or query.sort != "relevance" else "newest"
        sort = sort if sort in _ORDERS else "relevance"
        key = _cache_key(words, query.filters, query.category_ids, sort,
                         query.offset, query.per_page)
        found = _cache_call(cache.get, key) if key else None
        if found is None:
            if words or query.category_ids is not None:
                found = self._search_rows(words, query, sort)
            else:
                found = self._browse(query, sort)
            if key:
                _cache_call(cache.set, key, found, _cache_seconds())
        return found

    def _browse(self, query, sort):
        """Everything listed, filtered by facets only: counts, total and page
        in SQL, each an ordered walk of one of the index's browse indexes
        (search/models.py) rather than a read of every listed row."""
        rows = self._matching([])
        chosen = rows.filter(**query.filters).order_by(*_order_by(sort, scored=False))
        ids = list(chosen.values_list("product_id", flat=True)
                   [query.offset:query.offset + query.per_page])
        facets = FacetCounts.from_queryset(rows, query.filters)
        return SearchResults(ids=ids, total=facets.total(query.filters), facets=facets)

    def _search_rows(self, words, query, sort):
        """A text query (or a category): one statement fetches the matches,
        ranked and ordered by SQL, with their facet values; counts, total
        and page are worked out in Python. The matches are a fraction of
        the catalogue, read once, where a statement per facet would find
        them again each time (measured: "tra", 7,768 matches at 20,000
        products, about 6 ms per statement on SQLite)."""
        rows = self._matching(words, query.category_ids)
        if words:
            rows = rows.annotate(score=_score(words))
        fetched = list(rows.order_by(*_order_by(sort, scored=bool(words)))
                       .values_list("product_id", *FACET_FIELDS))
        facets = FacetCounts.from_rows(fetched, query.filters, start=1)
        chosen = rows_matching(
            fetched, {FACET_FIELDS.index(f) + 1: v for f, v in query.filters.items()})
        page = chosen[query.offset:query.offset + query.per_page]
        return SearchResults(ids=[row[0] for row in page], total=len(chosen), facets=facets)

    def correct(self, text):
        """The query with a missing space restored or one typo fixed per
        word ("nuocmam" -> "nuoc mam", "banh gia" -> "banh gai"), or None.

        Called only when the query as typed finds nothing, so exact queries
        pay nothing for it. Word by word, left to right: a word that still
        finds listed products together with the words kept so far is kept;
        otherwise its alternatives from the index's vocabulary (two whole
        words it splits into, then words one edit away, most frequent
        first) are tried the same way. Each test carries the listing rule,
        so nothing is proposed that only an expired or revoked product
        would answer.
        """
        words = query_words(text)
        kept, changed = [], False
        for word in words:
            if self._finds(kept + [word]):
                kept.append(word)
                continue
            for alternative in _alternatives(word)[:MAX_ALTERNATIVES]:
                if self._finds(kept + alternative):
                    kept += alternative
                    changed = True
                    break
            else:
                return None
        return " ".join(kept) if changed else None

    def _finds(self, words):
        return self._matching(words, exact=True).exists()

    def suggest(self, text, limit=8):
        words = query_words(text)
        if not words:
            return []
        found = self._suggest(words, limit)
        if not found:
            corrected = self.correct(text)
            if corrected:
                found = self._suggest(query_words(corrected), limit)
        return found

    def _suggest(self, words, limit):
        rows = self._matching(words, exact=True)
        products = [
            Suggestion("product", title, reverse(
                "catalogue:detail", kwargs={"product_slug": slug, "pk": pk}))
            for pk, title, slug in rows.filter(*[Q(title__contains=f" {w}") for w in words])
            .annotate(score=_score(words))
            .order_by("-score", F("stars").desc(nulls_last=True), "product_id")
            .values_list("product_id", "product__title", "product__slug")[:limit]
        ]
        producers = [
            Suggestion("producer", name, reverse("producers:detail", kwargs={"slug": code}))
            for name, code in rows.filter(*[Q(producer__contains=f" {w}") for w in words])
            .exclude(producer_ref=None)
            .values_list("producer_ref__name", "producer_ref__code")
            .distinct().order_by("producer_ref__name")[: max(1, limit // 2)]
        ]
        return products + producers


# -- "did you mean" -----------------------------------------------------------

#: Folded words hold only these (catalog.text.fold removes the accents).
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
#: Longer words are not corrected (their one-edit variants grow with length).
MAX_CORRECTED_WORD = 20
#: Alternatives tried per word (each is one EXISTS query with the rule).
MAX_ALTERNATIVES = 6


def _one_edit(word) -> set[str]:
    """Words one deletion, transposition, replacement or insertion away,
    keeping the first letter (people seldom mistype it, and without this
    "uoc", a piece of "nuoc", would be read as "nuoc")."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _ALPHABET),
        *(a + c + b for a, b in splits for c in _ALPHABET),
    } - {word}


def _alternatives(word) -> list[list[str]]:
    """Replacements for ``word`` found in the index's vocabulary: first two
    whole words it is made of (a missing space), then words one edit away,
    each group by how many products carry them (rarest last). One query."""
    if len(word) > MAX_CORRECTED_WORD or word.strip(_ALPHABET):
        return []  # "chua_" is no typo for "chua": "_" is not a wildcard
    halves = [(word[:i], word[i:]) for i in range(2, len(word) - 1)]
    edits = _one_edit(word)
    wanted = edits | {half for pair in halves for half in pair}
    counts = dict(
        IndexedWord.objects.filter(word__in=wanted)
        .values("word").annotate(n=Count("product_id")).values_list("word", "n")
    )
    splits = sorted(
        ([a, b] for a, b in halves if a in counts and b in counts),
        key=lambda pair: -min(counts[pair[0]], counts[pair[1]]),
    )
    near = sorted((w for w in edits if w in counts), key=lambda w: (-counts[w], w))
    return splits + [[w] for w in near]


# -- cached results -------------------------------------------------------------
#
# Cold, browsing everything takes five GROUP BYs over every listed product
# and a broad word ("tra") fetches and sorts thousands of rows (35-50 ms at
# 20,000 products on SQLite, above the 25 ms target); the same few queries
# (the catalogue's first page, a category, a facet) come back all day. So
# each query's answer (the page's ids, the total and the facet counts) is
# cached, keyed by the index's token (replaced on every index write, see
# IndexState), today's date (an expiry takes effect at midnight) and the
# query. A certificate changed behind the receivers' back (a raw UPDATE,
# which also leaves the index stale) shows in the counts once the entry
# expires (OCOP_SEARCH_CACHE_SECONDS, default 60);
# the page itself never shows an unlisted product, since the view loads the
# page's products through ``browsable()``. OCOP_SEARCH_CACHE_SECONDS = 0
# turns the cache off.


def _cache_seconds() -> int:
    return int(getattr(settings, "OCOP_SEARCH_CACHE_SECONDS", 60))


def _cache_call(method, *args):
    """A cache outage costs speed, never the page."""
    try:
        return method(*args)
    except Exception:  # noqa: BLE001 (any cache backend's error)
        logger.warning("search cache unavailable", exc_info=True)
        return None


def _cache_key(words, filters, category_ids, sort, offset, per_page):
    if _cache_seconds() <= 0:
        return None
    token = IndexState.objects.filter(pk=1).values_list("token", flat=True).first() or ""
    raw = repr((token, timezone.localdate().isoformat(), words, sorted(filters.items()),
                sorted(category_ids) if category_ids is not None else None, sort,
                offset, per_page))
    return "ocop-search:" + hashlib.sha1(raw.encode()).hexdigest()


def _retire_cached_results():
    token = uuid.uuid4().hex
    if not IndexState.objects.filter(pk=1).update(token=token):
        IndexState.objects.get_or_create(pk=1, defaults={"token": token})
