"""The customer hears when payment arrives and when a producer ships, in their language."""
import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation

from shop.order import receivers, statuses
from tests.checkout import steps
from tests.checkout.test_producer_fulfilment import detail_url, move
from tests.checkout.test_vietqr_checkout import BANK
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db


@override_settings(**BANK)
def test_customer_is_told_when_the_transfer_is_marked_paid(client, people):
    order = steps.checkout_as_guest(client, [make_product()], method="vietqr")
    mail.outbox.clear()
    client_for(people.operator).post(
        detail_url(order), {"order_action": "change_order_status", "new_status": statuses.PAID}
    )
    message = steps.mail_to("khach@example.vn")
    assert message.subject == f"Đơn hàng {order.number}: đã nhận thanh toán"


def test_customer_is_told_when_a_producer_ships(client, people):
    order = steps.checkout_as_guest(
        client, [make_product("Nem chua Thanh Hóa", producer=people.producer_a)]
    )
    mail.outbox.clear()
    line = order.lines.get()
    move(people.staff_a, order, line, statuses.SHIPPED)
    message = steps.mail_to("khach@example.vn")
    assert message.subject == f"Đơn hàng {order.number}: hàng đã được gửi"
    assert "HTX Nông sản A đã gửi hàng: Nem chua Thanh Hóa × 1" in message.body


def test_status_mail_follows_the_language_of_the_order(client, people, monkeypatch):
    product = make_product(producer=people.producer_a)
    with translation.override("en"):  # the English pages: /en/basket/, /en/checkout/…
        order = steps.checkout_as_guest(client, [product])
    languages = []
    real = receivers.render_to_string

    def render_noting_language(name, context):
        languages.append(translation.get_language())
        return real(name, context)

    monkeypatch.setattr(receivers, "render_to_string", render_noting_language)
    translation.activate("vi")  # the producer works in Vietnamese
    move(people.staff_a, order, order.lines.get(), statuses.SHIPPED)
    assert languages == ["en", "en"]  # subject and body
