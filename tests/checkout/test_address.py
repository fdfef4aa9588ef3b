"""The delivery address: 2025 province and commune, a Vietnamese phone number."""
import pytest
from django.urls import reverse

from tests.checkout import steps
from tests.factories import make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_address_step(client):
    steps.add_to_basket(client, make_product())
    steps.start_as_guest(client)
    return client


def refused(response, field):
    """The form came back with an error on ``field``; nothing was stored."""
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    return " ".join(errors[field])


def test_form_offers_the_34_provinces_and_no_district(at_address_step):
    response = at_address_step.get(reverse("checkout:shipping-address"))
    choices = response.context["form"].fields["province_code"].choices
    assert len(choices) == 35  # the empty choice and 34 provinces
    page = response.content.decode()
    assert "Thanh Hóa" in page and "Quận" not in page
    assert 'name="postcode"' not in page and 'name="country"' not in page


@pytest.mark.parametrize("phone", ["", "12345", "0212 345 678", "+1 202 555 0143", "abc"])
def test_phone_must_be_a_vietnamese_number(at_address_step, phone):
    response = steps.enter_address(at_address_step, phone_number=phone)
    field = refused(response, "phone_number")
    if phone:
        assert "không hợp lệ" in field


@pytest.mark.parametrize("phone", ["0912345678", "+84 912 345 678", "024 3825 1234"])
def test_mobile_and_landline_numbers_are_accepted(at_address_step, phone):
    assert steps.enter_address(at_address_step, phone_number=phone).status_code == 302


def test_commune_must_belong_to_the_chosen_province(at_address_step):
    # Phường Ba Đình is in Hà Nội (01), not in Thanh Hóa (38).
    message = refused(steps.enter_address(at_address_step, commune="Phường Ba Đình"), "commune")
    assert "Ba Đình" in message and "Thanh Hóa" in message


def test_a_former_district_is_not_a_commune(at_address_step):
    refused(steps.enter_address(at_address_step, commune="Huyện Đông Sơn"), "commune")


def test_unknown_province_code_is_refused(at_address_step):
    refused(steps.enter_address(at_address_step, province_code="99"), "province_code")


def test_commune_may_be_given_by_official_code(at_address_step):
    assert steps.enter_address(at_address_step, commune="14797").status_code == 302
    steps.choose_payment(at_address_step)
    steps.place_order(at_address_step)
    assert steps.Order.objects.get().shipping_address.line4 == "Phường Hạc Thành"


def test_refused_address_moves_nobody_forward(at_address_step):
    steps.enter_address(at_address_step, commune="Không tồn tại")
    response = at_address_step.get(reverse("checkout:payment-method"))
    assert response.status_code == 302
    assert response.url == reverse("checkout:shipping-address")


def test_communes_of_a_province_are_suggested(client):
    data = client.get(reverse("checkout:communes"), {"province": "38"}).json()["communes"]
    assert {"code": "14797", "name": "Phường Hạc Thành"} in data
    assert client.get(reverse("checkout:communes"), {"province": "zz"}).json() == {"communes": []}


def test_commune_kind_counts_when_written(at_address_step):
    # Thanh Hóa has a "Xã Ba Đình"; the buyer who writes "Phường" means Hà Nội's.
    assert steps.enter_address(at_address_step, commune="Xã Ba Đình").status_code == 302
    assert steps.enter_address(at_address_step, commune="Ba Đình").status_code == 302
