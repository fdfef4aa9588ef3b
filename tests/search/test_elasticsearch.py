"""The Elasticsearch backend as data: its mapping, its documents and the
requests it would send (no server needed). The same behaviour tests as the
embedded backend run live through conftest.py when ELASTICSEARCH_URL is set."""
import datetime as dt

import pytest
from django.utils import timezone

from search import backends
from search.backends.base import SearchQuery
from search.backends.elasticsearch import (
    ElasticsearchBackend,
    ProductDocument,
    as_document,
    build_search,
    build_suggest,
)
from tests.factories import make_producer, make_product

TODAY = dt.date(2026, 3, 1)


def test_the_mapping_folds_vietnamese_and_indexes_prefixes():
    index = ProductDocument._index.to_dict()
    analysis = index["settings"]["analysis"]
    assert analysis["analyzer"]["ocop_folding"]["filter"] == ["lowercase", "asciifolding"]
    assert analysis["filter"]["ocop_edge"]["type"] == "edge_ngram"
    fields = index["mappings"]["properties"]
    for name in ("title", "producer", "body"):
        assert fields[name]["analyzer"] == "ocop_folding"
        assert fields[name]["fields"]["prefix"] == {
            "type": "text", "analyzer": "ocop_prefix", "search_analyzer": "ocop_folding"}
    assert {fields[f]["type"] for f in ("group", "province", "producer_type")} == {"keyword"}
    assert fields["stars"]["type"] == fields["price_band"]["type"] == "integer"
    assert fields["listed"]["type"] == "date_range"


@pytest.mark.django_db
def test_a_document_carries_text_facets_and_listing_windows():
    producer = make_producer("HTX Nước mắm Ba Làng", province_code="38", producer_type="htx")
    product = make_product("Nước mắm cốt nhỉ", producer=producer, stars=5, price=250000,
                           group="thuc-pham")
    today = timezone.localdate()
    make_product("Nước mắm thu hồi", producer=producer, status="revoked")
    doc = as_document(product).to_dict(include_meta=True)
    source = doc["_source"]
    assert doc["_id"] == product.pk
    assert source["title"] == "Nước mắm cốt nhỉ"
    assert source["producer"] == "HTX Nước mắm Ba Làng"
    assert (source["stars"], source["group"], source["province"], source["producer_type"],
            source["price_band"]) == (5, "thuc-pham", "38", "htx", 3)
    [window] = source["listed"]
    assert window["gte"] <= today.isoformat() <= window["lte"]
    revoked = product.__class__.objects.get(title="Nước mắm thu hồi")
    assert as_document(revoked).to_dict(skip_empty=False)["listed"] == []


def test_a_query_requires_every_word_as_a_prefix_weighted_title_first():
    request = build_search(SearchQuery(text="Nước  MẮM!", per_page=24), today=TODAY).to_dict()
    query = request["query"]["bool"]
    assert query["filter"] == [{"term": {"is_public": True}}, {"term": {"listed": "2026-03-01"}}]
    [text] = query["must"]
    words = [m["multi_match"]["query"] for m in text["bool"]["must"]]
    assert words == ["nuoc", "mam"]
    assert text["bool"]["must"][0]["multi_match"]["fields"] == [
        "title.prefix^8", "producer.prefix^3", "body.prefix^1"]
    assert request["sort"][0] == "_score"
    assert (request["from"], request["size"]) == (0, 24)


def test_facet_aggregations_exclude_their_own_filter():
    query = SearchQuery(text="", filters={"stars": 4, "province": "38"}, category_ids=[7],
                        sort="price-asc", page=3, per_page=20)
    request = build_search(query, today=TODAY).to_dict()
    assert {"terms": {"category_ids": [7]}} in request["query"]["bool"]["filter"]
    assert request["query"]["bool"]["must"] == [{"match_all": {}}]
    assert request["post_filter"] == {"bool": {"filter": [
        {"term": {"stars": 4}}, {"term": {"province": "38"}}]}}
    aggs = request["aggs"]
    assert aggs["stars"]["filter"] == {"bool": {"filter": [{"term": {"province": "38"}}]}}
    assert aggs["province"]["filter"] == {"bool": {"filter": [{"term": {"stars": 4}}]}}
    assert aggs["group"]["filter"]["bool"]["filter"] == [
        {"term": {"stars": 4}}, {"term": {"province": "38"}}]
    assert aggs["price_band"]["aggs"]["values"]["terms"]["field"] == "price_band"
    assert request["sort"][0] == {"price": {"order": "asc", "missing": "_last"}}
    assert (request["from"], request["size"]) == (40, 20)


def test_suggestions_match_title_and_producer_prefixes_of_listed_products():
    request = build_suggest(["nuoc", "m"], limit=8, today=TODAY).to_dict()
    assert request["query"] == {"bool": {"filter": [
        {"term": {"is_public": True}}, {"term": {"listed": "2026-03-01"}}]}}
    assert request["post_filter"]["bool"]["must"] == [
        {"match": {"title.prefix": "nuoc"}}, {"match": {"title.prefix": "m"}}]
    producers = request["aggs"]["producers"]
    assert producers["filter"]["bool"]["must"][1] == {"match": {"producer.prefix": "m"}}
    assert producers["aggs"]["names"]["terms"] == {"field": "producer_key", "size": 4}
    assert request["size"] == 8


def test_elasticsearch_url_selects_the_elasticsearch_backend(settings):
    backends._backend.cache_clear()
    try:
        settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
        assert isinstance(backends.get_backend(), ElasticsearchBackend)
        settings.ELASTICSEARCH_URL = ""
        assert backends.get_backend().__class__.__name__ == "EmbeddedBackend"
    finally:
        backends._backend.cache_clear()
