"""The order confirmation e-mail speaks the customer's language."""
import pytest
from django.utils import translation

from tests.checkout import steps
from tests.factories import make_product

pytestmark = pytest.mark.django_db


def test_confirmation_is_in_vietnamese_by_default(client):
    order = steps.checkout_as_guest(client, [make_product("Nem chua Thanh Hóa", price=120000)])
    assert order.language == "vi"
    message = steps.mail_to("khach@example.vn")
    assert message.subject == f"Xác nhận đơn hàng {order.number}"
    assert "Nem chua Thanh Hóa" in message.body
    assert "Tổng cộng: 150.000\u00a0₫" in message.body
    assert "Phường Hạc Thành" in message.body and "Thanh Hóa" in message.body
    assert "Thanh toán khi nhận hàng" in message.body
    assert "tháng" in message.body  # the date, written the Vietnamese way
    html = message.alternatives[0][0]
    assert "150.000\u00a0₫" in html


def test_confirmation_follows_a_customer_who_chose_english(client):
    product = make_product(price=120000)
    with translation.override("en"):  # the English pages: /en/basket/, /en/checkout/…
        order = steps.checkout_as_guest(client, [product])
    assert order.language == "en"
    message = steps.mail_to("khach@example.vn")
    assert str(order.date_placed.year) in message.body
    assert "tháng" not in message.body  # the date, written the English way
    assert "150.000\u00a0₫" in message.body  # prices look the same in both
