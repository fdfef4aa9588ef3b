"""Purchase strategy: nothing unlisted is ever sold.

Oscar asks the strategy for every product it shows, puts in a basket or
checks out, so refusing here covers the product page, the basket and each
checkout step, including a certificate that lapsed while the product sat
in a basket. Prices are VND, tax inclusive (no separate tax line).
"""
from oscar.apps.partner import strategy
from oscar.apps.partner.strategy import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_class

NotListed = get_class("partner.availability", "NotListed")


class ListedOnly:
    """Availability mixin: unlisted products are unavailable, with a reason."""

    def availability_policy(self, product, stockrecord):
        if not product.is_listed:
            return NotListed()
        return super().availability_policy(product, stockrecord)

    def parent_availability_policy(self, product, children_stock):
        if not product.is_listed:
            return NotListed()
        return super().parent_availability_policy(product, children_stock)


class OCOPStrategy(
    strategy.UseFirstStockRecord,
    ListedOnly,
    strategy.StockRequired,
    strategy.NoTax,
    strategy.Structured,
):
    """First stock record, listed products only, stock required, no tax."""


class Selector(strategy.Selector):
    def strategy(self, request=None, user=None, **kwargs):
        return OCOPStrategy(request)
