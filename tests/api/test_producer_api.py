"""Producer write API: a token updates stock and price of its producer's products only."""
from decimal import Decimal

import pytest

from api.models import ApiToken, hash_key
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(people):
    own = factories.make_product("Nem chua A", producer=people.producer_a,
                                 price=Decimal("100000"), stock=5)
    other = factories.make_product("Giò lụa B", producer=people.producer_b,
                                   price=Decimal("80000"), stock=7)
    token, key = ApiToken.issue(name="Phần mềm kho", producer=people.producer_a,
                                user=people.staff_a)
    return own, other, token, key


def auth(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}


def stock_of(product):
    record = product.stockrecords.get()
    return int(record.price), record.num_in_stock


def test_key_is_stored_as_a_hash(setup):
    _own, _other, token, key = setup
    assert key.startswith("ocop_") and len(key) > 40
    assert token.key_hash == hash_key(key) and key not in token.key_hash
    assert token.shown == key[:12]


def test_producer_updates_its_own_stock_and_price(api, setup):
    own, _other, token, key = setup

    response = api.patch(f"/api/producer/products/{own.pk}/",
                         {"price": 120000, "num_in_stock": 42},
                         content_type="application/json", **auth(key))

    assert response.status_code == 200, response.content
    assert response.json()["price"] == 120000 and response.json()["num_in_stock"] == 42
    assert stock_of(own) == (120000, 42)
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_price_only_and_stock_only(api, setup):
    own, _other, _token, key = setup

    api.patch(f"/api/producer/products/{own.pk}/", {"num_in_stock": 0},
              content_type="application/json", **auth(key))
    assert stock_of(own) == (100000, 0)
    api.patch(f"/api/producer/products/{own.pk}/", {"price": 90000},
              content_type="application/json", **auth(key))
    assert stock_of(own) == (90000, 0)


def test_a_product_without_stock_record_gets_one(api, people):
    product = factories.make_product(producer=people.producer_a, price=None)
    _token, key = ApiToken.issue(name="k", producer=people.producer_a, user=people.staff_a)

    response = api.patch(f"/api/producer/products/{product.pk}/",
                         {"price": 65000, "num_in_stock": 3},
                         content_type="application/json", **auth(key))

    assert response.status_code == 200
    record = product.stockrecords.get()
    assert (record.partner, int(record.price), record.num_in_stock) == \
        (people.producer_a, 65000, 3)


def test_list_shows_only_own_products(api, setup):
    own, _other, _token, key = setup

    body = api.get("/api/producer/products/", **auth(key)).json()

    assert [p["id"] for p in body["results"]] == [own.pk]
    assert body["results"][0]["price"] == 100000


def test_another_producers_product_is_404_and_unchanged(api, setup):
    _own, other, _token, key = setup

    read = api.get(f"/api/producer/products/{other.pk}/", **auth(key))
    write = api.patch(f"/api/producer/products/{other.pk}/",
                      {"price": 1, "num_in_stock": 0},
                      content_type="application/json", **auth(key))

    assert read.status_code == 404 and write.status_code == 404
    assert stock_of(other) == (80000, 7)


@pytest.mark.parametrize("payload", [
    {"price": -1}, {"num_in_stock": -5}, {"price": "rẻ"}, {"num_in_stock": 10**9},
    {"price": 1.5},
])
def test_bad_input_is_400_and_changes_nothing(api, setup, payload):
    own, _other, _token, key = setup

    response = api.patch(f"/api/producer/products/{own.pk}/", payload,
                         content_type="application/json", **auth(key))

    assert response.status_code == 400
    assert stock_of(own) == (100000, 5)


def test_stock_cannot_go_below_what_is_allocated(api, setup):
    own, _other, _token, key = setup
    own.stockrecords.update(num_allocated=3)

    response = api.patch(f"/api/producer/products/{own.pk}/", {"num_in_stock": 2, "price": 1},
                         content_type="application/json", **auth(key))

    assert response.status_code == 400
    assert "(3)" in response.json()["num_in_stock"][0]
    assert stock_of(own) == (100000, 5)


def test_empty_patch_changes_nothing(api, setup):
    own, _other, _token, key = setup

    response = api.patch(f"/api/producer/products/{own.pk}/", {},
                         content_type="application/json", **auth(key))

    assert response.status_code == 200 and response.json()["price"] == 100000
    assert stock_of(own) == (100000, 5)


def test_malformed_json_is_400(api, setup):
    own, _other, _token, key = setup

    response = api.patch(f"/api/producer/products/{own.pk}/", "{not json",
                         content_type="application/json", **auth(key))

    assert response.status_code == 400


@pytest.mark.parametrize("header", [None, "Bearer ocop_sai", "Bearer", "Basic abc:def",
                                    "Bearer a b"])
def test_without_a_valid_token_is_refused(api, setup, header):
    own, _other, _token, _key = setup
    headers = {"HTTP_AUTHORIZATION": header} if header else {}

    response = api.patch(f"/api/producer/products/{own.pk}/", {"price": 1},
                         content_type="application/json", **headers)

    assert response.status_code in (401, 403)
    assert stock_of(own) == (100000, 5)


def test_revoked_token_is_refused(api, setup, people):
    own, _other, token, key = setup
    token.revoke(by=people.staff_a)

    response = api.patch(f"/api/producer/products/{own.pk}/", {"price": 1},
                         content_type="application/json", **auth(key))

    assert response.status_code == 401
    assert "thu hồi" in response.json()["detail"]
    assert stock_of(own) == (100000, 5)


def test_token_stops_when_the_user_leaves_the_producer(api, setup, people):
    own, _other, _token, key = setup
    people.producer_a.users.remove(people.staff_a)

    response = api.patch(f"/api/producer/products/{own.pk}/", {"price": 1},
                         content_type="application/json", **auth(key))

    assert response.status_code == 403
    assert stock_of(own) == (100000, 5)


def test_session_login_is_not_enough(setup, people):
    from tests.people import client_for

    own, _other, _token, _key = setup

    response = client_for(people.staff_a).patch(
        f"/api/producer/products/{own.pk}/", {"price": 1}, content_type="application/json")

    assert response.status_code == 401
    assert stock_of(own) == (100000, 5)


def test_huge_ids_and_prices(api, setup):
    own, _other, _token, key = setup

    assert api.get("/api/producer/products/" + "9" * 25 + "/", **auth(key)).status_code == 404
    response = api.patch(f"/api/producer/products/{own.pk}/", {"price": 10**10},
                         content_type="application/json", **auth(key))
    assert response.status_code == 400
    assert stock_of(own) == (100000, 5)
