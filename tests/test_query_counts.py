"""Listing pages cost the same number of queries at any catalogue size."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalog.groups import group_categories
from tests.factories import make_producer, make_product

pytestmark = pytest.mark.django_db

PAGES = ["/", "/catalogue/", "{category}", "/search/?q=nem",
         "/producers/", "/producers/{producer}/"]


def queries_for(client, url) -> int:
    client.get(url)  # warm per-process caches (site root, categories)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, follow=True)
    assert response.status_code == 200
    return len(captured)


def grow(count, shared_producer):
    for i in range(count):
        make_product(f"Nem chua số {i}")
        make_product(f"Nem lụi số {i}", producer=shared_producer)


@pytest.mark.parametrize("url", PAGES)
def test_queries_do_not_grow_with_products(client, url):
    producer = make_producer("HTX Nem Thanh Hóa")
    grow(2, producer)
    url = url.format(
        producer=producer.code, category=group_categories()["thuc-pham"].get_absolute_url()
    )
    small = queries_for(client, url)
    grow(10, producer)
    large = queries_for(client, url)
    assert large == small, f"{url}: {small} queries with 4 products, {large} with 24"
