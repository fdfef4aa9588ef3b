"""Refunds (hoàn tiền) of a placed order, recorded where Oscar keeps money.

The money goes back through the method the order was paid with: a card
through Stripe's Refunds API, cash on delivery and VietQR transfers by hand
(the operator records what was given back, no provider is called). Each
refund is then recorded the way Oscar's dashboard reads payments: on the
payment Source (``amount_refunded`` and a "Refund" transaction) and as a
PaymentEvent "Hoàn tiền" on the order, with a note saying who and why.

A refund never exceeds what is left to give back; that is checked again
with the source locked, so two operators clicking at once cannot refund
the same money twice. When the provider refuses, nothing is recorded.
"""
import logging
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model
from oscar.templatetags.currency_filters import currency

from shop.payment import gateways

logger = logging.getLogger(__name__)
EventHandler = get_class("order.processing", "EventHandler")
PaymentEventType = get_model("order", "PaymentEventType")
Source = get_model("payment", "Source")

#: The PaymentEvent type of every refund; its name is what the dashboard lists.
REFUND_EVENT = "Hoàn tiền"


class RefundRefused(Exception):
    """Nothing was refunded and nothing changed; the message says why."""


def payment_of(order, lock=False):
    """The order's payment source (checkout makes one) and its method, or (None, None)."""
    sources = Source.objects.select_related("source_type").filter(order=order)
    source = (sources.select_for_update(of=("self",)) if lock else sources).order_by("pk").first()
    method = gateways.by_code(source.source_type.code) if source else None
    return (source, method) if method else (None, None)


def refundable(order) -> Decimal:
    """What may still be given back on ``order``."""
    source, method = payment_of(order)
    return method.refundable(source) if source else Decimal(0)


def refund(order, amount, note="", user=None):
    """Gives ``amount`` đồng back to the customer and records it; answers the PaymentEvent.

    Raises ``RefundRefused`` (nothing changed) when there is nothing to
    refund, the amount is more than what is left, or the provider refuses.
    """
    amount = Decimal(amount)
    with transaction.atomic():
        source, method = payment_of(order, lock=True)
        if source is None:
            raise RefundRefused(_("Đơn hàng này chưa có khoản thanh toán nào để hoàn."))
        left = method.refundable(source)
        if amount > left:
            raise RefundRefused(
                _("Số tiền hoàn (%(amount)s) lớn hơn số còn có thể hoàn (%(left)s).")
                % {"amount": currency(amount, order.currency),
                   "left": currency(left, order.currency)}
            )
        try:
            reference = method.refund(source, amount)
        except gateways.RefundFailed as failed:
            raise RefundRefused(str(failed)) from failed
        try:
            source.refund(amount, reference=reference)
            handler = EventHandler(user)
            event_type, __ = PaymentEventType.objects.get_or_create(name=REFUND_EVENT)
            event = handler.create_payment_event(order, event_type, amount, reference=reference)
            message = _("Hoàn tiền %(amount)s qua %(method)s.") % {
                "amount": currency(amount, order.currency),
                "method": method.name,
            }
            handler.create_note(order, f"{message} {note}".strip(), note_type=REFUND_EVENT)
        except Exception:
            # The provider gave the money back but we could not record it:
            # say so loudly, the operator must record it by hand.
            logger.exception("Refund %s of order %s done but not recorded", reference, order.number)
            raise
    return event
