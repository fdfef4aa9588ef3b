"""VietQR bank transfer: the code on the thank-you page, the order awaiting transfer."""
import base64
import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from shop.order import statuses
from shop.payment.gateways.vietqr import payload
from tests.checkout import steps
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db

BANK = {
    "OCOP_VIETQR_BANK_BIN": "970436",
    "OCOP_VIETQR_ACCOUNT_NUMBER": "0011001234567",
    "OCOP_VIETQR_ACCOUNT_NAME": "CONG TY OCOP MARKET",
    "OCOP_VIETQR_BANK_NAME": "Vietcombank",
}


def payment_choices(client):
    steps.add_to_basket(client, make_product(price=120000))
    steps.start_as_guest(client)
    steps.enter_address(client)
    steps.choose_payment(client, method="")  # reach the page; choose nothing
    response = client.get(reverse("checkout:payment-method"))
    return [code for code, _name in response.context["form"].fields["method"].choices]


def test_without_a_bank_account_only_cash_on_delivery_is_offered(client):
    assert payment_choices(client) == ["cod"]
    response = client.post(reverse("checkout:payment-method"), {"method": "vietqr"})
    assert response.status_code == 200 and response.context["form"].errors
    assert client.get(reverse("checkout:preview")).url == reverse("checkout:payment-method")


@override_settings(**BANK)
def test_with_a_bank_account_vietqr_is_offered_after_cash(client):
    assert payment_choices(client) == ["cod", "vietqr"]


@override_settings(**BANK)
def test_transfer_order_waits_and_shows_a_scannable_code(client):
    order = steps.checkout_as_guest(client, [make_product(price=120000)], method="vietqr")
    assert order.status == statuses.AWAITING_TRANSFER
    assert order.total_incl_tax == 150000

    page = client.get(reverse("checkout:thank-you")).content.decode()
    text = payload.build("970436", "0011001234567", amount=150000, message=f"OCOP {order.number}")
    assert payload.crc_ok(text)
    assert f"OCOP {order.number}" in page and "0011001234567" in page
    assert "150.000\u00a0₫" in page
    png = re.search(r'src="data:image/png;base64,([^"]+)"', page).group(1)
    assert base64.b64decode(png).startswith(b"\x89PNG")

    body = mail.outbox[0].body
    assert "0011001234567" in body and f"OCOP {order.number}" in body


@override_settings(**BANK)
def test_operator_marks_the_transfer_paid_in_the_dashboard(client, people):
    product = make_product(producer=people.producer_a)
    order = steps.checkout_as_guest(client, [product], method="vietqr")
    url = reverse("dashboard:order-detail", kwargs={"number": order.number})
    change = {"order_action": "change_order_status", "new_status": statuses.PAID}

    # The producer's staff fulfil lines; they do not confirm payments.
    assert client_for(people.staff_a).post(url, change).status_code == 403
    order.refresh_from_db()
    assert order.status == statuses.AWAITING_TRANSFER

    response = client_for(people.operator).post(url, change)
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == statuses.PAID
