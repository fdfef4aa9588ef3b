"""A company buyer gives its name and tax code (mã số thuế) at checkout.

Both are optional, on the payment-method step; a tax code is checked with
python-stdnum (10 digits, or 13 for a branch, check digit included) and a
wrong one is refused in Vietnamese, keeping the buyer on the step. The order
carries them for its e-invoice.
"""
import pytest
from django.urls import reverse

from tests.checkout import steps
from tests.factories import make_product

pytestmark = pytest.mark.django_db

PAYMENT = reverse("checkout:payment-method")


def at_payment_step(client):
    steps.add_to_basket(client, make_product("Chè Shan tuyết"))
    steps.start_as_guest(client)
    assert steps.enter_address(client).status_code == 302
    client.get(reverse("checkout:shipping-method"))


def test_the_payment_step_offers_the_company_fields(client):
    at_payment_step(client)
    page = client.get(PAYMENT).content.decode()
    assert "Mã số thuế (xuất hóa đơn công ty)" in page
    assert 'name="buyer_company"' in page


def test_a_branch_tax_code_goes_onto_the_order(client):
    at_payment_step(client)
    response = client.post(PAYMENT, {"method": "cod", "buyer_company": "Chi nhánh Công ty Quà Việt",
                                     "buyer_tax_code": "0100109106 001"})
    assert response.status_code == 302
    assert steps.place_order(client).url == reverse("checkout:thank-you")
    order = steps.Order.objects.get()
    assert (order.buyer_company, order.buyer_tax_code) == (
        "Chi nhánh Công ty Quà Việt", "0100109106-001")


@pytest.mark.parametrize("code, message", [
    ("0100109107", "chữ số kiểm tra không khớp"),
    ("12345", "hãy nhập 10 chữ số"),
    ("MST-ABC", "hãy nhập 10 chữ số"),
])
def test_a_bad_tax_code_is_refused_in_vietnamese(client, code, message):
    at_payment_step(client)
    response = client.post(PAYMENT, {"method": "cod", "buyer_company": "Công ty Quà Việt",
                                     "buyer_tax_code": code})
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Mã số thuế {code} " in page and message in page
    # Not on to the preview: no order can be placed with it.
    assert client.get(reverse("checkout:preview")).status_code == 302


def test_a_company_name_needs_its_tax_code_and_back(client):
    at_payment_step(client)
    page = client.post(PAYMENT, {"method": "cod", "buyer_company": "Công ty Quà Việt"}).content
    assert "Hãy nhập mã số thuế của công ty để xuất hóa đơn." in page.decode()
    page = client.post(PAYMENT, {"method": "cod", "buyer_tax_code": "0100109106"}).content
    assert "Hãy nhập tên công ty ghi trên hóa đơn." in page.decode()


def test_a_private_buyer_leaves_them_empty(client):
    order = steps.checkout_as_guest(client, [make_product()])
    assert (order.buyer_company, order.buyer_tax_code) == ("", "")
