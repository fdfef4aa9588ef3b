"""Shipping charged per producer: each producer ships its own parcel.

A basket from three producers leaves in three parcels, so it pays three
flat charges (``OCOP_SHIPPING_PER_PRODUCER`` VND each, tax inclusive like
every price here). Lines that need no shipping (tourism services) add
nothing.
"""
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.shipping.methods import Base
from oscar.core import prices


def shipped_producers(basket):
    """The producers that ship a parcel for this basket, in line order."""
    producers = {}
    for line in basket.all_lines():
        if line.stockrecord_id and line.product.is_shipping_required:
            producers.setdefault(line.stockrecord.partner_id, line.stockrecord.partner)
    return list(producers.values())


class PerProducer(Base):
    code = "per-producer"
    name = _("Giao hàng từ từng chủ thể")

    @property
    def charge_per_producer(self) -> Decimal:
        return Decimal(settings.OCOP_SHIPPING_PER_PRODUCER)

    @property
    def description(self):
        return _("Mỗi chủ thể OCOP tự gửi hàng của mình; phí giao hàng tính theo từng chủ thể.")

    def breakdown(self, basket):
        """(producer, charge) pairs, for the checkout and order pages."""
        return [(producer, self.charge_per_producer) for producer in shipped_producers(basket)]

    def calculate(self, basket):
        total = self.charge_per_producer * len(shipped_producers(basket))
        return prices.Price(currency=basket.currency, excl_tax=total, incl_tax=total)
