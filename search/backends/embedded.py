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
  folded text for ranking and the facet values; every facet's counts come
  from *one* GROUP BY (search/facets.py).
* Measured here (SQLite, 20,000 products, 14 queries): an earlier version
  scanning ``LIKE '% word%'`` gave p50 124 ms / p95 367 ms (haystack's
  simple backend: p50 72 ms / p95 3.1 s); with the word index, on a
  machine under a load average of 8–9, p50 224 ms / p95 812 ms (haystack:
  p50 150 ms / p95 5.5 s). The floor is the listing rule itself:
  ``Product.objects.browsable().count()`` alone takes 41–53 ms at 20,000
  products on SQLite here, and browsing everything must apply it to every
  row. The 25 ms target is not met on SQLite; see the README.

Matching: each query word must start a word of the title, the producer's
name or the description (prefix match, so "nuoc ma" finds "Nước mắm").
Ranking: whole word in the title 8, prefix in the title 5, whole word in
the producer 3, prefix 2, description 1, summed over the query's words.
The listing rule (``Product.objects.browsable()``) is applied in the same
queries, so a stale row never surfaces, not even in a facet count.
"""
from django.db import connection
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, Value, When
from django.urls import reverse
from oscar.core.loading import get_model

from ..documents import document_for
from ..facets import FACETS, FacetCounts
from .base import SearchBackend, SearchResults, Suggestion, query_words

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
IndexedProduct = get_model("search", "IndexedProduct")
IndexedWord = get_model("search", "IndexedWord")

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


_ORDERINGS = {
    "relevance": [F("score").desc(), F("stars").desc(nulls_last=True),
                  F("date_created").desc(), "product_id"],
    "price-asc": [F("price").asc(nulls_last=True), "product_id"],
    "price-desc": [F("price").desc(nulls_last=True), "product_id"],
    "newest": [F("date_created").desc(), "-product_id"],
    "stars": [F("stars").desc(nulls_last=True), F("score").desc(),
              F("date_created").desc(), "product_id"],
}


class EmbeddedBackend(SearchBackend):
    def index(self, products):
        docs = [document_for(p) for p in products]
        pks = [doc.pk for doc in docs]
        self.remove(pks)
        IndexedProduct.objects.bulk_create(self._row(doc) for doc in docs)
        IndexedWord.objects.bulk_create(
            (IndexedWord(product_id=doc.pk, word=word) for doc in docs for word in doc.words),
            batch_size=2000,
        )

    @staticmethod
    def _row(doc):
        return IndexedProduct(
            product_id=doc.pk, title=doc.title, producer=doc.producer, body=doc.body,
            stars=doc.stars, group=doc.group, province=doc.province,
            producer_type=doc.producer_type, price=doc.price, price_band=doc.price_band,
            date_created=doc.date_created, producer_ref_id=doc.producer_id,
        )

    def remove(self, pks):
        pks = list(pks)
        IndexedProduct.objects.filter(pk__in=pks).delete()
        IndexedWord.objects.filter(product_id__in=pks).delete()

    def clear(self):
        IndexedProduct.objects.all().delete()
        IndexedWord.objects.all().delete()

    # -- queries ------------------------------------------------------------

    def _matching(self, words, category_ids=None):
        """Listed products matching every word (and within the categories)."""
        # Text first: the word index narrows the rows the listing rule and
        # the category test are evaluated on.
        rows = IndexedProduct.objects.all()
        if words:
            first, *others = [_with_prefix(word) for word in words]
            rows = rows.filter(product_id__in=first.intersection(*others) if others else first)
        listed = Product.objects.browsable()
        if words:
            # Few rows left: test each one (a correlated EXISTS).
            rows = rows.filter(Exists(listed.filter(pk=OuterRef("product_id"))))
        else:
            # Browsing everything: one pass over the listed products is
            # about three times cheaper than a test per row (measured).
            rows = rows.filter(product_id__in=listed.order_by().values("pk"))
        if category_ids is not None:
            rows = rows.filter(
                Exists(ProductCategory.objects.filter(
                    product_id=OuterRef("product_id"), category_id__in=category_ids))
            )
        return rows

    def search(self, query):
        rows = self._matching(query.words, query.category_ids)
        combinations = rows.values(*FACET_FIELDS).annotate(n=Count("pk")).order_by()
        combos = [({f: c[f] for f in FACET_FIELDS}, c["n"]) for c in combinations]
        facets = FacetCounts.from_combinations(combos, query.filters)
        total = sum(
            n for values, n in combos
            if all(values.get(f) == v for f, v in query.filters.items())
        )
        sort = query.sort if query.words or query.sort != "relevance" else "newest"
        page = (
            rows.filter(**query.filters)
            .annotate(score=_score(query.words))
            .order_by(*_ORDERINGS.get(sort, _ORDERINGS["relevance"]))
            .values_list("product_id", flat=True)[query.offset:query.offset + query.per_page]
        )
        return SearchResults(ids=list(page), total=total, facets=facets)

    def suggest(self, text, limit=8):
        words = query_words(text)
        if not words:
            return []
        rows = self._matching(words)
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
