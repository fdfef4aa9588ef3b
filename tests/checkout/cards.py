"""Stripe's test cards and a card checkout through the pages, for the card tests.

The numbers are those localstripe (and Stripe) know. localstripe refuses
4000 0000 0000 0002 only when it is attached to a customer, never when it
is charged, so the refused card here is 4000 0000 0000 0341 (attaches,
then its charge is declined: ``card_declined``).
"""
from django.urls import reverse

from shop.payment.gateways.stripe import api
from tests.checkout import steps
from tests.factories import make_product

GOOD = "4242424242424242"
DECLINED = "4000000000000341"
THREE_D_SECURE = "4000000000003220"
#: Stripe's "3-D Secure 2 required" card (any amount, every time).
THREE_D_SECURE_2 = "4000002760003184"


def card(number):
    """A PaymentMethod, as Stripe.js would make it from the card form."""
    details = {"number": number, "exp_month": 12, "exp_year": 2030, "cvc": "123"}
    return api.client().v1.payment_methods.create({"type": "card", "card": details})


def pay_by_card(client, number, product=None):
    """Buys one product (120.000 ₫ + 30.000 ₫ shipping) as a guest with this card."""
    steps.add_to_basket(client, product or make_product("Trà Shan tuyết", price=120000))
    steps.start_as_guest(client)
    steps.enter_address(client)
    assert steps.choose_payment(client, "stripe").url == reverse("checkout:preview")
    return client.post(
        reverse("checkout:preview"),
        {"action": "place_order", "stripe_payment_method": card(number).id},
    )
