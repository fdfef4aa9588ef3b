"""In a real browser: a basket of two producers' goods paid by card, against localstripe.

The preview page loads Stripe.js from ``STRIPE_JS_URL``, here localstripe's
own emulation of it, whose card field is four plain inputs (number, month,
two-digit year, CVC). The shopper types a card, the page turns it into a
card id with Stripe.js and the server charges it (PaymentIntent in VND).
A 3-D Secure card is checked on the thank-you page (localstripe's
"Complete authentication" dialog stands for the bank's) and the order is
paid when localstripe's signed webhook reaches our endpoint on the live
server. A refused card shows why, in Vietnamese, and places no order.

What localstripe's Stripe.js cannot do, and how it is met here:
``createPaymentMethod`` answers nothing, so the page falls back to
``createToken`` and charges the token's card (``card_…``), which
localstripe accepts as a PaymentIntent's payment method; and it refuses
4000 0000 0000 0002 only when attached to a customer, never when charged,
so the refused card is 4000 0000 0000 0341 (``card_declined`` on charge).
"""
import time

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order import statuses
from shop.payment.gateways.stripe import api
from tests.checkout.cards import DECLINED, GOOD, THREE_D_SECURE_2
from tests.checkout.localstripe import webhooks_to
from tests.e2e.shopping import add_to_basket, checkout_as_guest
from tests.factories import make_producer, make_product

Order = get_model("order", "Order")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
EMAIL = "khach@example.vn"
#: 120.000 ₫ + 80.000 ₫ of goods, 30.000 ₫ shipping for each producer.
TOTAL = 260000


@pytest.fixture
def at_card_form(page, live_server, stripe_keys):
    """A guest with two producers' goods on the preview page, paying by card.

    Answers the live server's URL; every POST the browser sends it is kept
    in ``page.posted`` (to show the card number never reaches us).
    """
    base = live_server.url
    for title, producer, price in (("Nem chua Thanh Hóa", "HTX A", 120000),
                                   ("Bánh cốm Hà Nội", "HTX B", 80000)):
        add_to_basket(page, base, make_product(title, producer=make_producer(producer),
                                               price=price))
    checkout_as_guest(page, base, "stripe")
    page.posted = []
    page.on("request", lambda request: request.url.startswith(base)
            and request.method == "POST" and page.posted.append(request.post_data or ""))
    return base


def pay_with(page, number):
    """Types the card into Stripe.js's fields and places the order."""
    def field(name):
        return page.locator(f"#card-element input[placeholder={name}]")

    field("number").fill(number)
    field("exp_month").fill("12")
    field("exp_year").fill("30")
    field("cvc").fill("123")
    page.locator("#place-order").click()


def placed_order(page):
    page.wait_for_url("**" + reverse("checkout:thank-you"))
    order = Order.objects.get(guest_email=EMAIL)
    assert order.number in page.content()
    return order


def test_a_good_card_pays_at_once(page, at_card_form, stripe_keys):
    scripts = page.eval_on_selector_all("script[src]", "nodes => nodes.map(n => n.src)")
    assert stripe_keys.STRIPE_JS_URL in scripts
    pay_with(page, GOOD)

    order = placed_order(page)
    assert order.status == statuses.PAID
    assert order.total_incl_tax == TOTAL and order.lines.count() == 2
    source = order.sources.get()
    assert source.amount_debited == TOTAL
    intent = api.retrieve(source.reference)
    assert (intent.amount, intent.currency, intent.status) == (TOTAL, "vnd", "succeeded")
    # The number went to Stripe.js's server only; we got a card id.
    assert not [body for body in page.posted if GOOD in body]
    assert any("stripe_payment_method=card_" in body for body in page.posted)


def test_a_three_d_secure_card_is_paid_after_the_check(page, at_card_form, stripe_keys):
    webhook = at_card_form + reverse("checkout:stripe-webhook")
    with webhooks_to(stripe_keys.STRIPE_API_BASE, webhook):
        pay_with(page, THREE_D_SECURE_2)
        order = placed_order(page)
        assert order.status == statuses.AWAITING_CARD
        assert "Ngân hàng của bạn yêu cầu xác thực 3-D Secure" in page.inner_text("#stripe-3ds")

        page.get_by_role("button", name="Complete authentication").click()
        page.wait_for_selector("#stripe-3ds[data-outcome=passed]")
        assert "Đã xác thực." in page.inner_text("#stripe-3ds-status")
        # localstripe sends the signed webhook a second later.
        deadline = time.monotonic() + 15
        while order.status != statuses.PAID and time.monotonic() < deadline:
            time.sleep(0.2)
            order.refresh_from_db()
    assert order.status == statuses.PAID
    assert order.sources.get().amount_debited == TOTAL


def test_a_failed_three_d_secure_check_takes_nothing(page, at_card_form):
    pay_with(page, THREE_D_SECURE_2)
    order = placed_order(page)

    page.get_by_role("button", name="Fail authentication").click()
    page.wait_for_selector("#stripe-3ds[data-outcome=failed]")
    assert "Xác thực không thành công: bạn chưa bị trừ tiền." in page.inner_text("#stripe-3ds")
    order.refresh_from_db()
    assert order.status == statuses.AWAITING_CARD
    assert order.sources.get().amount_debited == 0
    assert api.retrieve(order.sources.get().reference).status == "requires_payment_method"


def test_a_declined_card_says_why_and_places_no_order(page, at_card_form):
    pay_with(page, DECLINED)

    # The preview page again (same URL), now saying why.
    page.get_by_text("Ngân hàng phát hành đã từ chối thẻ.", exact=False).wait_for()
    assert page.url.endswith(reverse("checkout:preview"))
    text = page.locator("body").inner_text()
    assert "Ngân hàng phát hành đã từ chối thẻ." in text
    assert "Bạn chưa bị trừ tiền; hãy thử thẻ khác hoặc chọn cách thanh toán khác." in text
    assert not Order.objects.exists()

    # The basket and the card form are there to try another card.
    pay_with(page, GOOD)
    assert placed_order(page).status == statuses.PAID
