"""The company to invoice is shown wherever the order is read.

A company buyer gives its name and tax code on the payment step
(test_buyer_tax_code.py); the buyer checks them on the preview page and
sees them again on the thank-you page, and the operator reads them on the
dashboard's order page, where the e-invoice is prepared. A private buyer's
pages say nothing about a company.
"""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from backoffice import roles
from tests.checkout import steps
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db

COMPANY = {"buyer_company": "Công ty TNHH Quà Việt", "buyer_tax_code": "0100109106"}


def operator():
    user = get_user_model().objects.create_user(
        "vanhanh", email="vanhanh@example.vn", password="matkhau-thu-1")
    return client_for(roles.make_operator(user))


def company_shown(page):
    return ("Xuất hóa đơn công ty" in page and "Công ty TNHH Quà Việt" in page
            and "0100109106" in page)


def buy(client, invoice):
    steps.add_to_basket(client, make_product("Chè Shan tuyết"))
    steps.start_as_guest(client)
    assert steps.enter_address(client).status_code == 302
    client.get(reverse("checkout:shipping-method"))
    response = client.post(reverse("checkout:payment-method"), {"method": "cod", **invoice})
    assert response.url == reverse("checkout:preview")
    preview = client.get(reverse("checkout:preview")).content.decode()
    assert steps.place_order(client).url == reverse("checkout:thank-you")
    thank_you = client.get(reverse("checkout:thank-you")).content.decode()
    order = steps.Order.objects.get()
    detail = operator().get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    assert detail.status_code == 200
    return preview, thank_you, detail.content.decode()


def test_the_company_is_on_the_preview_thank_you_and_dashboard_pages(client):
    for page in buy(client, COMPANY):
        assert company_shown(page)


def test_a_private_buyer_has_no_company_on_them(client):
    for page in buy(client, {}):
        assert "Xuất hóa đơn công ty" not in page
