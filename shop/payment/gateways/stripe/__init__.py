"""Cards through Stripe PaymentIntents (Visa, Mastercard…), with 3-D Secure.

Offered only when ``STRIPE_SECRET_KEY`` and ``STRIPE_PUBLISHABLE_KEY`` are
set. The preview page turns the card into a PaymentMethod with Stripe.js
(the card number never reaches us); placing the order creates and confirms
a PaymentIntent for the order total. A refused card leaves no order and
says why; a card that asks for 3-D Secure places the order as "awaiting
card authentication", the thank-you page runs the check, and Stripe's
``payment_intent.succeeded`` webhook marks the order paid (``webhooks.py``).
Operators refund a paid card (all or part) from the dashboard through
Stripe's Refunds API (``shop.payment.refunds``).
"""
import stripe
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from shop.order import statuses
from shop.payment.gateways import (
    Gateway,
    GatewayResponse,
    Instructions,
    PaymentDeclined,
    RefundFailed,
)
from shop.payment.gateways.stripe import api

#: The hidden field the preview page fills with Stripe.js's PaymentMethod id.
PAYMENT_METHOD_FIELD = "stripe_payment_method"


def js_url() -> str:
    """Stripe.js: ``STRIPE_JS_URL``, else the emulator's copy, else Stripe's own.

    Its own setting because the browser must reach it: the server may talk
    to an emulator at an address the browser cannot (another container).
    """
    if settings.STRIPE_JS_URL:
        return settings.STRIPE_JS_URL
    base = settings.STRIPE_API_BASE
    return f"{base.rstrip('/')}/js.stripe.com/v3/" if base else "https://js.stripe.com/v3/"


class StripeCard(Gateway):
    code = "stripe"
    name = _("Thẻ quốc tế (Visa, Mastercard, JCB)")
    manual_refund = False

    def is_available(self):
        return bool(settings.STRIPE_SECRET_KEY and settings.STRIPE_PUBLISHABLE_KEY)

    def authorize(self, order_number, total, details):
        payment_method = (details.get(PAYMENT_METHOD_FIELD) or "").strip()
        # pm_… from Stripe.js; card_… where only tokens exist (an emulator).
        if not payment_method.startswith(("pm_", "card_")):
            raise PaymentDeclined(_("Hãy nhập thông tin thẻ trước khi đặt hàng."))
        try:
            intent = api.pay(order_number, total.incl_tax, payment_method)
        except stripe.StripeError as error:
            raise PaymentDeclined(api.decline_message(error)) from error
        if intent.status == "succeeded":
            return GatewayResponse(
                order_status=statuses.PAID, amount_debited=total.incl_tax, reference=intent.id
            )
        if intent.status == "requires_action":
            return GatewayResponse(order_status=statuses.AWAITING_CARD, reference=intent.id)
        raise PaymentDeclined(api.decline_message(stripe.StripeError()))

    def void(self, response):
        api.give_back(response.reference)

    def refundable(self, source):
        # Only what the card was actually charged can go back to it.
        return source.amount_available_for_refund

    def refund(self, source, amount):
        try:
            return api.refund(source.reference, amount).id
        except stripe.StripeError as error:
            raise RefundFailed(api.refund_failure_message(error)) from error

    def instructions(self, order):
        if order.status != statuses.AWAITING_CARD:
            return None
        source = order.sources.filter(source_type__code=self.code).first()
        try:
            intent = api.retrieve(source.reference)
        except stripe.StripeError:
            return None  # Stripe unreachable: the page still shows the order.
        return Instructions(
            template="oscar/checkout/payment/stripe_3ds.html",
            context={
                "client_secret": intent.client_secret,
                "publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
                "js_url": js_url(),
            },
        )

    def preview_context(self):
        """What the preview page needs to collect a card with Stripe.js."""
        return {
            "publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
            "js_url": js_url(),
            "field": PAYMENT_METHOD_FIELD,
        }
