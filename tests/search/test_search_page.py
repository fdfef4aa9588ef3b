"""/search/ finds listed products only (until the search issue's engines)."""
import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import make_product

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return {p.title for p in response.context["products"]}


def test_search_finds_listed_products_by_title_and_producer(client):
    make_product("Nem chua Thanh Hóa")
    make_product("Chè lam Phủ Quảng")
    assert titles(client.get("/search/", {"q": "nem chua"})) == {"Nem chua Thanh Hóa"}
    assert "Nem chua Thanh Hóa" in client.get("/search/", {"q": "nem chua"}).content.decode()


def test_search_never_finds_unlisted_products(client):
    today = timezone.localdate()
    make_product("Nem chua hết hạn", valid_until=today - dt.timedelta(days=1),
                 issued_on=today - dt.timedelta(days=900))
    make_product("Nem chua thu hồi", status="revoked")
    assert titles(client.get("/search/", {"q": "nem"})) == set()


def test_page_past_the_end_goes_back_to_page_one(client):
    make_product("Bánh gai Tứ Trụ")
    response = client.get("/catalogue/", {"page": 99})
    assert response.status_code == 302
    assert response.url == "/catalogue/"
