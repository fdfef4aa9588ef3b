"""The Elasticsearch backend (``ELASTICSEARCH_URL``), on elasticsearch-dsl 8.

For catalogues beyond one machine. Text is analysed by ``ocop_folding``
(standard tokenizer, lowercase, ``asciifolding``, which also turns đ into
d); title and producer carry an edge n-gram sub-field for word prefixes.
Facets are aggregations: each facet's terms aggregation sits under a filter
of the *other* selected facets, and the selected ones go in
``post_filter``, so counts match the embedded backend's.

The listing rule cannot run inside Elasticsearch, so the index carries, per
product, the date ranges on which the catalogue lists it (``listed``, from
``catalog.managers.listing_windows``: empty when it is not public) and
whether it is public; the query compares them with *today* at query time,
so an expiry needs no re-index, and status changes re-index through the
receivers. The ids of the page are checked once more
against ``Product.objects.browsable()`` before anything is shown.
"""
from functools import cached_property

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from elasticsearch.dsl import (
    A,
    Boolean,
    Date,
    DateRange,
    Document,
    Float,
    Integer,
    Keyword,
    Q,
    Search,
    Text,
    analyzer,
    connections,
    token_filter,
)
from elasticsearch.helpers import bulk

from ..documents import document_for
from ..facets import FACETS, FacetCounts
from .base import SearchBackend, SearchResults, Suggestion, query_words

INDEX_NAME = getattr(settings, "OCOP_SEARCH_INDEX", "ocop-products")
CONNECTION = "ocop-search"

folding = analyzer("ocop_folding", tokenizer="standard", filter=["lowercase", "asciifolding"])
prefixes = analyzer(
    "ocop_prefix",
    tokenizer="standard",
    filter=["lowercase", "asciifolding",
            token_filter("ocop_edge", type="edge_ngram", min_gram=1, max_gram=20)],
)


def _text_with_prefix():
    return Text(analyzer=folding, fields={
        "prefix": Text(analyzer=prefixes, search_analyzer=folding),
    })


class ProductDocument(Document):
    title = _text_with_prefix()
    producer = _text_with_prefix()
    body = Text(analyzer=folding, fields={
        "prefix": Text(analyzer=prefixes, search_analyzer=folding),
    })
    pk = Integer()
    stars = Integer()
    group = Keyword()
    province = Keyword()
    producer_type = Keyword()
    price = Float()
    price_band = Integer()
    date_created = Date()
    category_ids = Integer(multi=True)
    is_public = Boolean()
    listed = DateRange(multi=True)
    raw_title = Keyword(index=False)
    slug = Keyword(index=False)
    producer_key = Keyword()  # "code|name" of the producer, for suggestions

    class Index:
        name = INDEX_NAME
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


WEIGHTS = {"title": 8, "producer": 3, "body": 1}
SORTS = {
    "relevance": ["_score", {"stars": "desc"}, {"date_created": "desc"}],
    "price-asc": [{"price": {"order": "asc", "missing": "_last"}}],
    "price-desc": [{"price": {"order": "desc", "missing": "_last"}}],
    "newest": [{"date_created": "desc"}],
    "stars": [{"stars": {"order": "desc", "missing": "_last"}}, "_score",
              {"date_created": "desc"}],
}


def as_document(product) -> ProductDocument:
    doc = document_for(product)
    windows = [{"gte": first.isoformat(), "lte": last.isoformat()}
               for first, last in doc.listing_windows]
    producer = product.producer
    return ProductDocument(
        meta={"id": doc.pk}, pk=doc.pk,
        title=doc.raw_title, producer=doc.raw_producer, body=product.description or "",
        stars=doc.stars, group=doc.group or None, province=doc.province or None,
        producer_type=doc.producer_type or None,
        price=float(doc.price) if doc.price is not None else None,
        price_band=doc.price_band, date_created=doc.date_created,
        category_ids=doc.category_ids, is_public=product.is_public, listed=windows,
        raw_title=product.title, slug=product.slug,
        producer_key=f"{producer.code}|{producer.name}" if producer else None,
    )


def listed_filter(today=None):
    today = (today or timezone.localdate()).isoformat()
    return [Q("term", is_public=True), Q("term", listed=today)]


def text_query(words) -> Q:
    """Every word must start a word of title, producer or description;
    whole words in the title weigh most."""
    if not words:
        return Q("match_all")
    must = [
        Q("multi_match", query=word, fields=[f"{f}.prefix^{w}" for f, w in WEIGHTS.items()])
        for word in words
    ]
    should = [Q("multi_match", query=" ".join(words),
                fields=[f"{f}^{w}" for f, w in WEIGHTS.items()])]
    return Q("bool", must=must, should=should)


def build_search(query, today=None) -> Search:
    """The request for a :class:`SearchQuery`, as data (``.to_dict()``)."""
    filters = listed_filter(today)
    if query.category_ids is not None:
        filters.append(Q("terms", category_ids=list(query.category_ids)))
    search = Search(index=INDEX_NAME).query(
        Q("bool", must=[text_query(query.words)], filter=filters))
    selected = {field: Q("term", **{field: value}) for field, value in query.filters.items()}
    for facet in FACETS:
        others = [q for field, q in selected.items() if field != facet.field]
        bucket = A("filter", Q("bool", filter=others) if others else Q("match_all"))
        bucket.bucket("values", "terms", field=facet.field, size=100)
        search.aggs.bucket(facet.field, bucket)
    if selected:
        search = search.post_filter(Q("bool", filter=list(selected.values())))
    sort = query.sort if query.words or query.sort != "relevance" else "newest"
    search = search.sort(*SORTS.get(sort, SORTS["relevance"]), {"pk": "asc"})
    return search.extra(from_=query.offset, size=query.per_page, track_total_hits=True)


def build_suggest(words, limit=8, today=None) -> Search:
    must = [Q("match", **{"title.prefix": word}) for word in words]
    producers = [Q("match", **{"producer.prefix": word}) for word in words]
    search = Search(index=INDEX_NAME).query(
        Q("bool", must=must, filter=listed_filter(today))
    ).source(["raw_title", "slug"]).sort({"stars": "desc"}, {"pk": "asc"}).extra(size=limit)
    producer_bucket = A("filter", Q("bool", must=producers))
    producer_bucket.bucket("names", "terms", field="producer_key", size=max(1, limit // 2))
    search.aggs.bucket("producers", producer_bucket)
    # The producers aggregation must not be narrowed by the title words.
    return search.update_from_dict({**search.to_dict(), "query": {"bool": {
        "filter": [q.to_dict() for q in listed_filter(today)]}},
        "post_filter": {"bool": {"must": [q.to_dict() for q in must]}}})


class ElasticsearchBackend(SearchBackend):
    @cached_property
    def client(self):
        return connections.create_connection(
            alias=CONNECTION, hosts=[settings.ELASTICSEARCH_URL], request_timeout=10)

    def _ensure_index(self):
        if not ProductDocument._index.exists(using=self.client):
            ProductDocument.init(using=self.client)

    def index(self, products):
        self._ensure_index()
        actions = (as_document(p).to_dict(include_meta=True, skip_empty=False) for p in products)
        bulk(self.client, actions, refresh="wait_for")

    def remove(self, pks):
        self._ensure_index()
        actions = ({"_op_type": "delete", "_index": INDEX_NAME, "_id": pk} for pk in pks)
        bulk(self.client, actions, refresh="wait_for", raise_on_error=False)

    def clear(self):
        ProductDocument._index.delete(using=self.client, ignore_unavailable=True)
        ProductDocument.init(using=self.client)

    def search(self, query):
        self._ensure_index()
        response = build_search(query).using(self.client).execute()
        facets = FacetCounts({
            facet.field: {
                self._value(facet, b.key): b.doc_count
                for b in response.aggregations[facet.field]["values"].buckets
            }
            for facet in FACETS
        })
        ids = [int(hit.meta.id) for hit in response]
        return SearchResults(ids=ids, total=response.hits.total.value, facets=facets)

    @staticmethod
    def _value(facet, key):
        return facet.parse(key) if facet.parse is int else str(key)

    def suggest(self, text, limit=8):
        words = query_words(text)
        if not words:
            return []
        self._ensure_index()
        response = build_suggest(words, limit).using(self.client).execute()
        products = [
            Suggestion("product", hit.raw_title, reverse(
                "catalogue:detail", kwargs={"product_slug": hit.slug, "pk": hit.meta.id}))
            for hit in response
        ]
        producers = []
        for bucket in response.aggregations.producers.names.buckets:
            code, _sep, name = bucket.key.partition("|")
            producers.append(Suggestion(
                "producer", name, reverse("producers:detail", kwargs={"slug": code})))
        return products + producers
