"""A producer's staff reaches only its own products in the catalogue dashboard."""
import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests import factories
from tests.dashboard_catalogue.pages import edit_url, page_data
from tests.people import client_for

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(people):
    own = factories.make_product("Chè Shan tuyết A", producer=people.producer_a)
    other = factories.make_product("Nước mắm B", producer=people.producer_b)
    return own, other


def test_list_shows_only_own_products(people, products):
    response = client_for(people.staff_a).get(reverse("dashboard:catalogue-product-list"))
    assert response.status_code == 200
    assert "Chè Shan tuyết A" in response.content.decode()
    assert "Nước mắm B" not in response.content.decode()


def test_other_producers_product_cannot_be_opened_or_changed(people, products):
    own, other = products
    client = client_for(people.staff_a)
    assert client.get(edit_url(other)).status_code == 404
    data, _prefixes = page_data(client_for(people.operator).get(edit_url(other)))
    data["title"] = "Bị sửa trộm"
    assert client.post(edit_url(other), data).status_code == 404
    other.refresh_from_db()
    assert other.title == "Nước mắm B"


def test_other_producers_product_cannot_be_deleted(people, products):
    _own, other = products
    client = client_for(people.staff_a)
    url = reverse("dashboard:catalogue-product-delete", kwargs={"pk": other.pk})
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    assert Product.objects.filter(pk=other.pk).exists()


def test_variant_of_other_producers_product_is_hidden(people, products):
    _own, other = products
    child = Product.objects.create(parent=other, structure=Product.CHILD, title="Chai 500 ml")
    client = client_for(people.staff_a)
    assert client.get(edit_url(child)).status_code == 404
    assert client.post(edit_url(child), {"title": "x"}).status_code == 404
    assert client_for(people.staff_b).get(edit_url(child)).status_code == 200


def test_lookup_offers_only_own_products(people, products):
    own, other = products
    url = reverse("dashboard:catalogue-product-lookup")
    client = client_for(people.staff_a)
    found = {row["id"] for row in client.get(url).json()["results"]}
    assert found == {own.pk}
    assert client.get(url, {"initial": f"{other.pk}"}).json()["results"] == []
    assert client.get(url, {"q": "Nước mắm"}).json()["results"] == []
    assert client.post(url, {"q": "Nước mắm"}).status_code == 405
    everything = {row["id"] for row in client_for(people.operator).get(url).json()["results"]}
    assert everything == {own.pk, other.pk}


def test_lookup_bad_parameters_answer_without_error(people, products):
    url = reverse("dashboard:catalogue-product-lookup")
    client = client_for(people.staff_a)
    assert client.get(url, {"page": "abc", "page_limit": "-3"}).status_code == 200
    assert client.get(url, {"initial": "abc,"}).json()["results"] == []


def test_operator_keeps_full_access(people, products):
    _own, other = products
    client = client_for(people.operator)
    response = client.get(edit_url(other))
    assert response.status_code == 200
    assert "is_public" in response.context["form"].fields


def test_stock_record_cannot_name_another_producer(people, products):
    own, _other = products
    client = client_for(people.staff_a)
    data, prefixes = page_data(client.get(edit_url(own)))
    data[f"{prefixes['stockrecord_formset']}-0-partner"] = people.producer_b.pk
    data[f"{prefixes['stockrecord_formset']}-0-price"] = "1000"
    response = client.post(edit_url(own), data)
    assert response.status_code == 200  # the form again, with the error
    assert not StockRecord.objects.filter(partner=people.producer_b, product=own).exists()
    assert own.stockrecords.get().price == 120000


@pytest.mark.parametrize("action", ["make_products_public", "make_products_non_public"])
def test_producer_cannot_publish_in_bulk(people, action):
    hidden = factories.make_product("Chờ duyệt A", producer=people.producer_a)
    Product.objects.filter(pk=hidden.pk).update(is_public=action == "make_products_non_public")
    before = Product.objects.get(pk=hidden.pk).is_public
    client = client_for(people.staff_a)
    listing = client.get(reverse("dashboard:catalogue-product-list"))
    assert action not in listing.context["actions"]
    client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": action, "selected_product": [hidden.pk]},
    )
    # Nor by going straight to the confirmation step.
    confirm = reverse("dashboard:catalogue-product-bulk-action")
    client.post(confirm, {"selected_products": [hidden.pk]})
    assert Product.objects.get(pk=hidden.pk).is_public == before


def test_operator_keeps_bulk_publishing(people):
    client = client_for(people.operator)
    listing = client.get(reverse("dashboard:catalogue-product-list"))
    assert "make_products_public" in listing.context["actions"]


def test_product_without_stock_record_belongs_to_its_producer(people):
    """Oscar scopes by stock records; a listed product may have none yet."""
    unpriced = factories.make_product("Mắm tôm A", producer=people.producer_a, price=None)
    client = client_for(people.staff_a)
    listing = client.get(reverse("dashboard:catalogue-product-list")).content.decode()
    assert "Mắm tôm A" in listing
    assert client.get(edit_url(unpriced)).status_code == 200
    assert client_for(people.staff_b).get(edit_url(unpriced)).status_code == 404


def _list_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("dashboard:catalogue-product-list"))
    return response, len(queries)


def test_list_shows_pending_state_at_constant_cost(people):
    from moderation.submissions import request_listing

    client = client_for(people.staff_a)

    def add(n):
        for _ in range(n):
            product = factories.make_product(producer=people.producer_a)
            Product.objects.filter(pk=product.pk).update(is_public=False)
            request_listing(product, people.staff_a)

    add(2)
    _list_queries(client)  # warm the per-process caches (site, content types)
    response, small = _list_queries(client)
    assert "Chờ duyệt" in response.content.decode()
    add(6)
    assert _list_queries(client)[1] == small
