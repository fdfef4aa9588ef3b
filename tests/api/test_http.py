"""Conditional GET, CORS and rate limits of the public API."""
import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def test_etag_answers_304_and_changes_with_the_data(api):
    product = factories.make_product("Nem chua")
    first = api.get("/api/products/")
    etag = first["ETag"]
    assert etag and first["Last-Modified"]
    assert "max-age=" in first["Cache-Control"]

    again = api.get("/api/products/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag

    product.stockrecords.update(price=99000)
    changed = api.get("/api/products/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_if_modified_since_answers_304_until_the_body_changes(api):
    product = factories.make_product("Nem chua")
    first = api.get(f"/api/products/{product.pk}/")

    same = api.get(f"/api/products/{product.pk}/",
                   HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert same.status_code == 304

    product.title = "Nem chua Thanh Hóa"
    product.save()
    later = dt.datetime.now(tz=dt.UTC) + dt.timedelta(seconds=5)
    with time_machine.travel(later):
        changed = api.get(f"/api/products/{product.pk}/",
                          HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert changed.status_code == 200


def test_a_lapse_changes_the_etag_with_no_write(api):
    today = timezone.localdate()
    factories.make_product(valid_until=today)
    etag = api.get("/api/products/")["ETag"]
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(8),
                                   tzinfo=timezone.get_current_timezone())
    with time_machine.travel(tomorrow):
        response = api.get("/api/products/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response.json()["count"] == 0


def test_cors_on_get_and_preflight(api):
    factories.make_product()

    response = api.get("/api/products/", HTTP_ORIGIN="https://cho.example.vn")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]

    preflight = api.options(
        "/api/products/", HTTP_ORIGIN="https://cho.example.vn",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]


def test_not_found_also_carries_cors(api):
    response = api.get("/api/products/999999/")
    assert response.status_code == 404
    assert response["Access-Control-Allow-Origin"] == "*"


def test_rate_limited_per_client(api, settings):
    settings.OCOP_API_RATES = {**settings.OCOP_API_RATES, "public": "3/minute"}
    for _n in range(3):
        assert api.get("/api/products/", REMOTE_ADDR="203.0.113.7").status_code == 200

    refused = api.get("/api/products/", REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert refused["Retry-After"]
    assert refused["Access-Control-Allow-Origin"] == "*"
    # Another client is counted on its own.
    assert api.get("/api/products/", REMOTE_ADDR="198.51.100.9").status_code == 200
