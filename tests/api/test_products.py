"""/api/products/: listed products only, the search facets as filters."""
import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["results"])


def test_unlisted_products_never_appear(api):
    today = timezone.localdate()
    factories.make_product("Được công nhận")
    factories.make_product("Hết hạn", issued_on=today - dt.timedelta(days=1200),
                           valid_until=today - dt.timedelta(days=1))
    factories.make_product("Thu hồi", status="revoked")
    factories.make_product("Tạm đình chỉ", status="suspended")
    factories.make_product("Chưa có hiệu lực", issued_on=today + dt.timedelta(days=3))
    factories.make_product("Không có giấy", certificate=False)

    response = api.get("/api/products/")

    assert titles(response) == ["Được công nhận"]
    assert response.json()["count"] == 1
    assert response["Content-Type"] == "application/json"


def test_a_product_disappears_the_day_its_certificate_lapses(api):
    import time_machine

    today = timezone.localdate()
    factories.make_product("Nước mắm", valid_until=today + dt.timedelta(days=1))
    assert titles(api.get("/api/products/")) == ["Nước mắm"]
    with time_machine.travel(dt.datetime.combine(today + dt.timedelta(days=2), dt.time(9),
                                                 tzinfo=timezone.get_current_timezone())):
        assert titles(api.get("/api/products/")) == []


def test_product_shape(api):
    product = factories.make_product("Chè Shan tuyết", stars=5, price=Decimal("250000"))

    item = api.get("/api/products/").json()["results"][0]

    assert item["id"] == product.pk
    assert item["stars"] == 5
    assert item["price"] == 250000 and item["currency"] == "VND"
    assert item["in_stock"] is True
    assert item["group"] == "thuc-pham"
    assert item["producer"]["name"] == product.producer.name
    assert item["certificate"]["number"] == product.certificate.number
    assert item["certificate"]["state"] == "valid"
    assert item["url"].endswith(product.get_absolute_url())


def test_a_product_without_price_says_null(api):
    factories.make_product("Miến dong", price=None)

    item = api.get("/api/products/").json()["results"][0]

    assert item["price"] is None and item["in_stock"] is False


@pytest.mark.parametrize(
    "query, expected",
    [
        ("stars=5", ["Năm sao"]),
        ("stars=3", ["Ba sao Hà Nội"]),
        ("group=do-uong", ["Năm sao"]),
        ("province=01", ["Ba sao Hà Nội"]),
        ("producer_type=hkd", ["Ba sao Hà Nội"]),
        ("price_min=100000&price_max=200000", ["Bốn sao"]),
        ("price_max=60000", ["Ba sao Hà Nội"]),
        ("price_min=200000&price_max=100000", []),
        ("q=năm", ["Năm sao"]),
        ("q=hộ kinh doanh", ["Ba sao Hà Nội"]),
        ("stars=4&province=38", ["Bốn sao"]),
    ],
)
def test_filters(api, query, expected):
    hanoi = factories.make_producer("Hộ kinh doanh Hà Nội", province_code="01",
                                    producer_type="hkd")
    factories.make_product("Năm sao", stars=5, group="do-uong", price=Decimal("500000"))
    factories.make_product("Bốn sao", stars=4, price=Decimal("150000"))
    factories.make_product("Ba sao Hà Nội", stars=3, producer=hanoi, price=Decimal("50000"))

    assert titles(api.get(f"/api/products/?{query}")) == expected


@pytest.mark.parametrize(
    "query, field",
    [
        ("stars=2", "stars"),
        ("stars=abc", "stars"),
        ("group=khong-co", "group"),
        ("province=99", "province"),
        ("price_min=-1", "price_min"),
    ],
)
def test_bad_filters_answer_400_with_the_field(api, query, field):
    factories.make_product()

    response = api.get(f"/api/products/?{query}")

    assert response.status_code == 400
    assert field in response.json()


def test_province_error_is_in_vietnamese(api):
    response = api.get("/api/products/?province=99")

    assert "34 tỉnh/thành" in response.json()["province"][0]


def test_pagination(api):
    for n in range(3):
        factories.make_product(f"Sản phẩm {n}")

    first = api.get("/api/products/?page_size=2").json()

    assert first["count"] == 3 and len(first["results"]) == 2 and first["next"]
    assert len(api.get(first["next"]).json()["results"]) == 1
    assert api.get("/api/products/?page=9").status_code == 404


def test_list_costs_constant_queries(api):
    factories.make_product()
    api.get("/api/products/")
    with CaptureQueriesContext(connection) as few:
        api.get("/api/products/")
    for _n in range(6):
        factories.make_product()
    with CaptureQueriesContext(connection) as many:
        response = api.get("/api/products/")
    assert response.json()["count"] == 7
    assert len(many) == len(few)


def test_detail_has_the_current_certificate(api):
    product = factories.make_product("Mật ong bạc hà", stars=4)

    body = api.get(f"/api/products/{product.pk}/").json()

    assert body["title"] == "Mật ong bạc hà"
    assert body["certificate"]["stars"] == 4
    assert body["certificate"]["is_valid_today"] is True
    assert "description" in body and "images" in body


def test_detail_of_an_unlisted_product_is_404(api):
    product = factories.make_product(status="revoked")

    assert api.get(f"/api/products/{product.pk}/").status_code == 404


def test_read_api_refuses_writes(api):
    product = factories.make_product()

    response = api.post("/api/products/", {"title": "x"})

    assert response.status_code == 405
    assert api.delete(f"/api/products/{product.pk}/").status_code == 405


def test_ids_too_large_for_any_database_are_not_found(api):
    huge = "9" * 30

    assert api.get(f"/api/products/{huge}/").status_code == 404
    assert api.get(f"/api/outlets/{huge}/").status_code == 404
    assert api.get(f"/api/products/?producer={huge}").status_code == 400
