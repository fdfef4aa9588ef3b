"""E-mails to the customer when the order or one of its parcels moves.

Payment confirmed or order cancelled (operators), a producer's lines
shipped, delivered or cancelled (each producer): the customer hears of it
in the language the order was placed in (``Order.language``). A producer
who marks several lines shipped at once sends one e-mail listing them, not
one per line: the dashboard moves them inside ``line_news_batch()``.
"""
import contextvars
from contextlib import contextmanager

from django.conf import settings
from django.core.mail import send_mail
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import translation
from oscar.apps.order.signals import order_line_status_changed, order_status_changed

from shop.order import statuses

#: Which moves the customer hears about, and the wording the template uses.
ORDER_NEWS = {statuses.PAID: "paid", statuses.CANCELLED: "cancelled"}
LINE_NEWS = {
    statuses.SHIPPED: "shipped",
    statuses.DELIVERED: "delivered",
    statuses.LINE_CANCELLED: "line_cancelled",
    statuses.CONFIRMED: "booking_confirmed",
    statuses.DECLINED: "booking_declined",
}


def tell_customer(order, news, lines=()):
    if not order.email:
        return
    context = {"order": order, "news": news, "lines": lines}
    with translation.override(order.language):
        subject = render_to_string("oscar/order/emails/status_subject.txt", context)
        body = render_to_string("oscar/order/emails/status_body.txt", context)
    send_mail(" ".join(subject.split()), body, settings.OSCAR_FROM_EMAIL, [order.email])


@receiver(order_status_changed, dispatch_uid="shop.order.tell_order_status")
def order_moved(sender, order, old_status, new_status, **kwargs):
    if new_status in ORDER_NEWS:
        tell_customer(order, ORDER_NEWS[new_status])


#: Lines moved inside ``line_news_batch()``: {(order pk, news, partner pk): (order, news, lines)}.
_batch = contextvars.ContextVar("line_news_batch", default=None)


@contextmanager
def line_news_batch():
    """Collect the line moves made inside; then one e-mail per order, news and producer.

    Nothing is sent if the block fails: the customer hears only of moves made.
    """
    pending = {}
    token = _batch.set(pending)
    try:
        yield
    finally:
        _batch.reset(token)
    for order, news, lines in pending.values():
        tell_customer(order, news, lines)


@receiver(order_line_status_changed, dispatch_uid="shop.order.tell_line_status")
def line_moved(sender, line, old_status, new_status, **kwargs):
    if new_status not in LINE_NEWS:
        return
    news = LINE_NEWS[new_status]
    pending = _batch.get()
    if pending is None:
        tell_customer(line.order, news, [line])
    else:
        key = (line.order_id, news, line.partner_id)
        pending.setdefault(key, (line.order, news, []))[2].append(line)
