"""Refunds (hoàn tiền) from the dashboard's order page, by operators only.

A card order is refunded through Stripe (localstripe, no mocks), in part
or in full; each refund is a PaymentEvent "Hoàn tiền" and raises the
Source's ``amount_refunded``. More than what is left, bad amounts and
Stripe's errors give a message and change nothing. Cash on delivery and
VietQR orders are refunded by hand: the operator records amount and note,
no provider is called. Producers' staff cannot refund.
"""
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from oscar.core.loading import get_model

from backoffice import roles
from shop.payment.gateways.stripe import api
from tests.checkout import steps
from tests.checkout.cards import GOOD, pay_by_card
from tests.checkout.localstripe import free_port
from tests.factories import make_producer, make_product
from tests.people import client_for

Order = get_model("order", "Order")
pytestmark = pytest.mark.django_db
PAID = 150000  # 120.000 ₫ of tea and 30.000 ₫ shipping (tests.checkout.cards)


def user(name):
    return get_user_model().objects.create_user(
        name, email=f"{name}@example.vn", password="matkhau-thu-1"
    )


@pytest.fixture
def operator(db):
    return client_for(roles.make_operator(user("vanhanh")))


def refund_url(operator, order):
    """The refund page, reached from the order page's payment tab."""
    detail = operator.get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    url = reverse("dashboard:order-refund", kwargs={"number": order.number})
    assert f'href="{url}"' in detail.content.decode()
    return url


def text(response):
    return response.content.decode().replace("\xa0", " ")


def recorded(order):
    """What the shop knows of refunds: the Source's total and the payment events."""
    source = order.sources.get()
    events = [(e.event_type.name, int(e.amount), e.reference[:3])
              for e in order.payment_events.order_by("pk")]
    return int(source.amount_refunded), events


def stripe_refunds(order):
    refunds = api.client().v1.refunds.list({"payment_intent": order.sources.get().reference})
    return sorted(refund.amount for refund in refunds.data)


def test_operator_refunds_a_card_in_part_then_the_rest(client, stripe_keys, operator):
    assert pay_by_card(client, GOOD).status_code == 302
    order = Order.objects.get()
    url = refund_url(operator, order)

    response = operator.post(url, {"amount": "50.000", "note": "Khách trả lại một gói"})
    assert response.status_code == 302
    assert response.url == reverse("dashboard:order-detail", kwargs={"number": order.number})
    assert f"Đã hoàn 50.000 ₫ cho đơn hàng {order.number}." in text(operator.get(response.url))
    assert recorded(order) == (50000, [("Hoàn tiền", 50000, "re_")])
    assert stripe_refunds(order) == [50000]
    assert "Khách trả lại một gói" in order.notes.get().message

    # More than what is left: said, and nothing changes here or at Stripe.
    response = operator.post(url, {"amount": "100001"})
    assert response.status_code == 200
    assert "Số tiền hoàn (100.001 ₫) lớn hơn số còn có thể hoàn (100.000 ₫)." in text(response)
    assert recorded(order) == (50000, [("Hoàn tiền", 50000, "re_")])
    assert stripe_refunds(order) == [50000]

    # The form offers what is left; sent as it is, the order is refunded in full.
    page = operator.get(url)
    assert page.context["form"].initial["amount"] == 100000
    assert operator.post(url, {"amount": "100000"}).status_code == 302
    assert recorded(order) == (PAID, [("Hoàn tiền", 50000, "re_"), ("Hoàn tiền", 100000, "re_")])
    assert stripe_refunds(order) == [50000, 100000]
    assert "Đơn hàng này đã được hoàn hết." in text(operator.get(url))
    assert operator.post(url, {"amount": "1000"}).status_code == 200
    assert stripe_refunds(order) == [50000, 100000]


def test_operator_refunds_a_card_in_full_at_once(client, stripe_keys, operator):
    pay_by_card(client, GOOD)
    order = Order.objects.get()
    url = refund_url(operator, order)
    full = operator.get(url).context["form"].initial["amount"]
    assert operator.post(url, {"amount": full, "note": ""}).status_code == 302
    assert recorded(order) == (PAID, [("Hoàn tiền", PAID, "re_")])
    assert stripe_refunds(order) == [PAID]


@pytest.mark.parametrize("stripe_down", [False, True], ids=["unknown-payment", "unreachable"])
def test_a_stripe_error_is_told_and_changes_nothing(client, stripe_keys, operator, stripe_down):
    pay_by_card(client, GOOD)
    order = Order.objects.get()
    url = refund_url(operator, order)
    if stripe_down:
        stripe_keys.STRIPE_API_BASE = f"http://127.0.0.1:{free_port()}"
    else:
        # A payment Stripe does not know (taken with other keys): Stripe answers 404.
        order.sources.update(reference="pi_khongcotrenstripe")

    response = operator.post(url, {"amount": "50000"})
    assert response.status_code == 200
    page = text(response)
    assert "Chưa hoàn tiền, không có gì thay đổi." in page
    if stripe_down:
        assert "Không kết nối được với Stripe; hãy thử lại sau." in page
    assert recorded(order) == (0, [])
    assert not order.notes.exists()


@pytest.mark.parametrize("method", ["cod", "vietqr"])
def test_cash_and_transfers_are_refunded_by_hand(client, settings, operator, method):
    settings.OCOP_VIETQR_BANK_BIN = "970436"
    settings.OCOP_VIETQR_ACCOUNT_NUMBER = "0011001234567"
    # No card keys: no provider could be called.
    settings.STRIPE_SECRET_KEY = settings.STRIPE_API_BASE = ""
    order = steps.checkout_as_guest(client, [make_product(price=120000)], method)
    url = refund_url(operator, order)
    assert "hãy trả tiền cho khách" in text(operator.get(url))

    # Money given back by hand must say how; bad amounts are refused.
    response = operator.post(url, {"amount": "20000"})
    assert response.status_code == 200 and "note" in response.context["form"].errors
    for bad, message in (("hai chục nghìn", "Hãy nhập số tiền bằng đồng, ví dụ 50.000."),
                         ("20.5", "Hãy nhập số tiền bằng đồng, ví dụ 50.000."),
                         ("0", "Số tiền hoàn phải lớn hơn 0."),
                         ("150.001", "lớn hơn số còn có thể hoàn (150.000 ₫)")):
        response = operator.post(url, {"amount": bad, "note": "Tiền mặt"})
        assert response.status_code == 200 and message in text(response), bad
    assert recorded(order) == (0, [])

    note = "Đã chuyển khoản lại cho khách, mã giao dịch FT123"
    response = operator.post(url, {"amount": "20.000", "note": note})
    assert response.status_code == 302
    assert recorded(order) == (20000, [("Hoàn tiền", 20000, "")])
    assert note in order.notes.get().message
    assert "Còn có thể hoàn" in text(operator.get(url))
    assert "130.000 ₫" in text(operator.get(url))


def test_producers_cannot_refund(client, stripe_keys):
    producer = make_producer("HTX Chè Shan")
    pay_by_card(client, GOOD, make_product("Trà Shan tuyết", producer=producer, price=120000))
    order = Order.objects.get()
    staff = client_for(roles.make_producer_staff(user("nhanvien"), producer))
    url = reverse("dashboard:order-refund", kwargs={"number": order.number})

    detail = staff.get(reverse("dashboard:order-detail", kwargs={"number": order.number}))
    assert detail.status_code == 200 and url not in detail.content.decode()
    assert staff.get(url).status_code == 403
    assert staff.post(url, {"amount": "50000", "note": "Hoàn"}).status_code == 403
    assert recorded(order) == (0, [])
    assert stripe_refunds(order) == []
