"""An address typed in the account's address book ships an order.

The address book's form (shop/address/forms.py) asks for the 2025
province and commune like checkout's, so the entry gets its official codes
and checkout offers it; a wrong commune or phone is refused in Vietnamese
and nothing is saved.
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
ADD_PAGE = reverse("customer:address-create")
CHECKOUT_ADDRESS = reverse("checkout:shipping-address")


@pytest.fixture
def customer(client):
    user = get_user_model().objects.create_user(
        "minh", email="minh@example.vn", password="matkhau-thu-2")
    client.force_login(user)
    return user


def ship_to(client, address):
    """Checks out to a saved address; answers the placed order."""
    page = client.get(CHECKOUT_ADDRESS).content.decode()
    assert address.line1 in page and f'value="{address.pk}"' in page
    response = client.post(CHECKOUT_ADDRESS, {"action": "ship_to", "address_id": address.pk})
    assert response.status_code == 302
    assert steps.choose_payment(client).url == reverse("checkout:preview")
    assert steps.place_order(client).url == reverse("checkout:thank-you")
    return get_model("order", "Order").objects.get()


def test_an_address_added_in_the_account_ships_the_order(client, customer):
    page = client.get(ADD_PAGE).content.decode()
    assert 'name="province_code"' in page and 'name="commune"' in page
    assert 'name="postcode"' not in page and "ocop/communes.js" in page

    response = client.post(ADD_PAGE, steps.ADDRESS)
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = UserAddress.objects.get(user=customer)
    assert (saved.province_code, saved.commune_code) == ("38", "14797")
    assert saved.line4 == "Phường Hạc Thành" and saved.state == "Thanh Hóa"

    steps.add_to_basket(client, make_product("Chè lam Phủ Quảng"))
    order = ship_to(client, saved)
    shipped = order.shipping_address
    assert (shipped.province_code, shipped.commune_code) == ("38", "14797")
    assert shipped.line4 == "Phường Hạc Thành" and str(shipped.phone_number) == "+84912345678"


def test_editing_an_old_entry_gives_it_the_codes(client, customer):
    old = UserAddress.objects.create(
        user=customer, first_name="Minh", line1="5 Trần Phú", line4="Huyện Cũ",
        phone_number="+84912345678", country=vietnam())
    edit_page = reverse("customer:address-detail", kwargs={"pk": old.pk})
    assert "5 Trần Phú" in client.get(edit_page).content.decode()

    response = client.post(edit_page, {**steps.ADDRESS, "line1": "5 Trần Phú"})
    assert response.status_code == 302
    old.refresh_from_db()
    assert (old.province_code, old.commune_code, old.line4) == ("38", "14797", "Phường Hạc Thành")
    # The edit form shows the commune by name.
    assert 'value="Phường Hạc Thành"' in client.get(edit_page).content.decode()

    steps.add_to_basket(client, make_product())
    assert ship_to(client, old).shipping_address.commune_code == "14797"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"commune": "Phường Ba Đình"}, "Không có xã/phường “Phường Ba Đình” ở Thanh Hóa"),
        ({"phone_number": "12345"}, "Số điện thoại 12345 không hợp lệ"),
        ({"province_code": ""}, "Trường này là bắt buộc."),
    ],
)
def test_a_wrong_commune_or_phone_is_refused_in_vietnamese(client, customer, changes, message):
    response = client.post(ADD_PAGE, {**steps.ADDRESS, **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not UserAddress.objects.exists()
