"""A signed-in customer ships to a saved address again.

The first order's address goes into the address book (Oscar's
``update_address_book``) with its 2025 province and commune codes
(shop/address); the next checkout offers it, and the order shipped to it
has the same commune, so the producers know where to send the parcel.
Entries without a commune code (saved before) are not offered.
"""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order.country import vietnam
from tests.checkout import steps
from tests.factories import make_product

pytestmark = pytest.mark.django_db

UserAddress = get_model("address", "UserAddress")
ADDRESS_PAGE = reverse("checkout:shipping-address")


@pytest.fixture
def customer(client):
    user = get_user_model().objects.create_user(
        "lan", email="lan@example.vn", password="matkhau-thu-1")
    client.force_login(user)
    return user


def finish(client):
    assert steps.choose_payment(client).url == reverse("checkout:preview")
    assert steps.place_order(client).url == reverse("checkout:thank-you")


def test_a_saved_address_ships_the_next_order(client, customer):
    steps.add_to_basket(client, make_product("Chè Shan tuyết"))
    assert steps.enter_address(client).status_code == 302
    finish(client)
    saved = UserAddress.objects.get(user=customer)
    assert (saved.province_code, saved.commune_code) == ("38", "14797")

    steps.add_to_basket(client, make_product("Bánh cốm Hà Nội"))
    page = client.get(ADDRESS_PAGE).content.decode()
    assert "12 Lê Lợi" in page and f'value="{saved.pk}"' in page
    response = client.post(ADDRESS_PAGE, {"action": "ship_to", "address_id": saved.pk})
    assert response.status_code == 302
    finish(client)
    second = customer.orders.order_by("-pk").first()
    shipped = second.shipping_address
    assert (shipped.province_code, shipped.commune_code) == ("38", "14797")
    assert shipped.line4 == "Phường Hạc Thành" and str(shipped.phone_number) == "+84912345678"


def test_an_old_entry_without_a_commune_code_is_not_offered(client, customer):
    old = UserAddress.objects.create(
        user=customer, first_name="Lan", line1="5 Trần Phú", line4="Huyện Cũ",
        country=vietnam())
    steps.add_to_basket(client, make_product())
    page = client.get(ADDRESS_PAGE).content.decode()
    assert "5 Trần Phú" not in page
    # Asking for it by id does not ship there either.
    client.post(ADDRESS_PAGE, {"action": "ship_to", "address_id": old.pk})
    assert client.get(reverse("checkout:preview")).status_code == 302
