"""Stripe's webhook: signed events only, each handled once.

A forged or tampered request (bad ``Stripe-Signature``) is answered 400 and
changes nothing; a replayed event (same id) is answered 200 and changes
nothing; ``payment_intent.succeeded`` marks an order that waited for card
authentication as paid and records the money taken.
"""
import json
import logging

import stripe
from django.conf import settings
from django.db import transaction
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from shop.order import statuses

logger = logging.getLogger(__name__)
Order = get_model("order", "Order")
StripeEvent = get_model("payment", "StripeEvent")


def payment_succeeded(intent):
    number = (intent.get("metadata") or {}).get("order_number")
    order = Order.objects.select_for_update().filter(number=number).first()
    if order is None or order.status != statuses.AWAITING_CARD:
        return
    source = order.sources.filter(reference=intent["id"]).first()
    if source is None:
        logger.warning("Stripe: order %s has no source for %s", number, intent["id"])
        return
    source.debit(intent["amount"], reference=intent["id"])
    order.set_status(statuses.PAID)


HANDLERS = {"payment_intent.succeeded": payment_succeeded}


@csrf_exempt
@require_POST
def webhook(request):
    if not settings.STRIPE_WEBHOOK_SECRET:
        # Without a secret no signature can be checked: accept nothing.
        return HttpResponseBadRequest("webhook secret not configured")
    try:
        stripe.Webhook.construct_event(
            request.body,
            request.headers.get("Stripe-Signature", ""),
            settings.STRIPE_WEBHOOK_SECRET,
        )
    except (ValueError, stripe.SignatureVerificationError):
        return HttpResponseBadRequest("invalid signature")
    # Verified: read it as plain data (Stripe's objects are not dicts).
    event = json.loads(request.body)
    with transaction.atomic():
        __, new = StripeEvent.objects.get_or_create(
            event_id=event["id"], defaults={"type": event["type"]}
        )
        handler = HANDLERS.get(event["type"])
        if new and handler:
            handler(event["data"]["object"])
    return HttpResponse("ok")
