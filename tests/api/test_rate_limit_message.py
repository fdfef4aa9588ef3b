"""The N+1th API request gets 429 with a JSON body that says when to retry."""
import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db


def test_throttled_request_answers_json(client, settings):
    cache.clear()
    settings.OCOP_API_RATES = {**settings.OCOP_API_RATES, "public": "2/minute"}
    for _n in range(2):
        assert client.get("/api/products/", REMOTE_ADDR="203.0.113.8").status_code == 200
    refused = client.get("/api/products/", REMOTE_ADDR="203.0.113.8")
    assert refused.status_code == 429
    assert refused["Content-Type"].startswith("application/json")
    detail = refused.json()["detail"]
    assert detail and int(refused["Retry-After"]) > 0
    cache.clear()
