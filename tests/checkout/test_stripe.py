"""Cards through Stripe PaymentIntents, against localstripe (no mocks).

A good card pays at once; a refused card leaves no order and says why; a
card asking for 3-D Secure leaves the order awaiting until Stripe's signed
webhook says the payment succeeded. The webhook refuses forged requests
and handles a replayed event once.
"""
import hashlib
import hmac
import json
import time

import pytest
import requests
from django.db.models import F
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order import statuses
from shop.payment.gateways.stripe import api
from tests.checkout import steps
from tests.checkout.cards import DECLINED, GOOD, THREE_D_SECURE, pay_by_card
from tests.checkout.localstripe import next_event
from tests.factories import make_product

StockRecord = get_model("partner", "StockRecord")
pytestmark = pytest.mark.django_db

def webhook(client, body, signature):
    return client.post(
        reverse("checkout:stripe-webhook"),
        body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature,
    )


def test_cards_are_offered_once_keys_are_set(client, stripe_keys):
    steps.add_to_basket(client, make_product())
    steps.start_as_guest(client)
    steps.enter_address(client)
    steps.choose_payment(client, "")
    form = client.get(reverse("checkout:payment-method")).context["form"]
    assert [code for code, _ in form.fields["method"].choices] == ["cod", "stripe"]
    preview = client.post(reverse("checkout:payment-method"), {"method": "stripe"}, follow=True)
    page = preview.content.decode()
    assert 'id="card-element"' in page and "/js.stripe.com/v3/" in page


def test_a_good_card_pays_the_order_in_vnd(client, stripe_keys):
    response = pay_by_card(client, GOOD)
    assert response.status_code == 302 and response.url == reverse("checkout:thank-you")
    order = steps.Order.objects.get()
    assert order.status == statuses.PAID
    source = order.sources.get()
    assert source.amount_debited == order.total_incl_tax == 150000
    intent = api.retrieve(source.reference)
    # VND is zero-decimal: 150.000 ₫ is amount 150000, not 15000000.
    assert (intent.amount, intent.currency, intent.status) == (150000, "vnd", "succeeded")
    assert intent.metadata["order_number"] == order.number


def test_a_declined_card_places_no_order_and_says_why(client, stripe_keys):
    response = pay_by_card(client, DECLINED)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ngân hàng phát hành đã từ chối thẻ." in page
    assert "Bạn chưa bị trừ tiền" in page
    assert not steps.Order.objects.exists()
    # The basket is the customer's again, to try another card or method.
    assert client.get(reverse("basket:summary")).context["basket"].num_lines == 1


def test_three_d_secure_waits_for_the_signed_webhook(client, stripe_keys):
    assert pay_by_card(client, THREE_D_SECURE).url == reverse("checkout:thank-you")
    order = steps.Order.objects.get()
    assert order.status == statuses.AWAITING_CARD
    source = order.sources.get()
    intent = api.retrieve(source.reference)
    assert intent.status == "requires_action"
    page = client.get(reverse("checkout:thank-you")).content.decode()
    assert intent.client_secret in page and "payment/stripe-3ds.js" in page

    # What Stripe.js does when the customer passes the bank's check.
    requests.post(
        f"{stripe_keys.STRIPE_API_BASE}/v1/payment_intents/{intent.id}/_authenticate",
        params={"success": "true"},
        json={"key": "pk_test_ocop", "client_secret": intent.client_secret},
        timeout=5,
    ).raise_for_status()
    body, signature = next_event("payment_intent.succeeded", intent.id)

    assert webhook(client, body, signature).status_code == 200
    order.refresh_from_db()
    source.refresh_from_db()
    assert order.status == statuses.PAID
    assert source.amount_debited == 150000

    # Stripe retries: the same event again changes nothing.
    assert webhook(client, body, signature).status_code == 200
    source.refresh_from_db()
    assert source.amount_debited == 150000
    assert source.transactions.count() == 1


def signed(body: bytes, secret: str) -> str:
    timestamp = int(time.time())
    mac = hmac.new(secret.encode(), b"%d.%s" % (timestamp, body), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def test_forged_or_tampered_webhooks_are_refused(client, stripe_keys):
    assert pay_by_card(client, THREE_D_SECURE).status_code == 302
    order = steps.Order.objects.get()
    intent_id = order.sources.get().reference
    forged = json.dumps(
        {
            "id": "evt_forged",
            "object": "event",
            "type": "payment_intent.succeeded",
            "data": {"object": {"id": intent_id, "object": "payment_intent", "amount": 150000,
                                "metadata": {"order_number": order.number}}},
        }
    ).encode()
    assert webhook(client, forged, signed(forged, "whsec_not_ours")).status_code == 400
    assert webhook(client, forged, "").status_code == 400
    good_signature = signed(forged, stripe_keys.STRIPE_WEBHOOK_SECRET)
    tampered = forged.replace(b"150000", b"1")
    assert webhook(client, tampered, good_signature).status_code == 400
    order.refresh_from_db()
    assert order.status == statuses.AWAITING_CARD


def test_webhook_refuses_everything_without_a_secret(client, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    body = b'{"id": "evt_1", "type": "payment_intent.succeeded"}'
    assert webhook(client, body, signed(body, "")).status_code == 400


def test_card_is_refunded_when_the_last_unit_went_to_someone_else(client, stripe_keys, monkeypatch):
    charged = []

    def pay_while_another_buyer_wins(order_number, amount, payment_method):
        intent = real_pay(order_number, amount, payment_method)
        charged.append(intent.id)
        # During the card payment another order takes the last unit.
        StockRecord.objects.update(num_allocated=F("num_in_stock"))
        return intent

    real_pay = api.pay
    monkeypatch.setattr(api, "pay", pay_while_another_buyer_wins)
    response = pay_by_card(client, GOOD)

    assert response.status_code == 200
    assert "vừa hết hàng" in response.content.decode()
    assert not steps.Order.objects.exists()
    refunds = api.client().v1.refunds.list({"payment_intent": charged[0]})
    assert [refund.amount for refund in refunds.data] == [150000]
