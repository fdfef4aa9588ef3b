"""Placing an order allocates stock under a row lock: no oversell.

Oscar checks availability at each checkout step but allocates with a
blind ``num_allocated + n`` update, so two buyers of the last unit who both
passed the check would both get it. Here each stock record is locked
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite writes one at a time
anyway) inside the order's transaction and checked again; the loser's
whole order is rolled back and the checkout says why. Each line keeps the
VAT rate it was sold at (``shop.order.vat``).
"""
from django.utils.translation import gettext as _
from oscar.apps.order import utils
from oscar.apps.order.utils import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_class, get_model

from shop.order import statuses, vat

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
StockRecord = get_model("partner", "StockRecord")


class OrderCreator(utils.OrderCreator):
    def update_stock_records(self, line):
        if not line.product.get_product_class().track_stock:
            return
        # Oscar allocates in stock-record order, so locks are taken in one
        # order and concurrent placements cannot deadlock.
        record = StockRecord.objects.select_for_update().get(pk=line.stockrecord_id)
        if (record.net_stock_level or 0) < line.quantity:
            raise UnableToPlaceOrder(
                _("“%(title)s” vừa hết hàng: chỉ còn %(left)d. Đơn hàng chưa được đặt.")
                % {"title": line.product.get_title(), "left": max(record.net_stock_level, 0)}
            )
        record.allocate(line.quantity)

    def create_line_models(self, order, basket_line, extra_line_fields=None):
        # The VAT rate as it was when sold, for the e-invoice (shop/order/vat.py).
        extra_line_fields = dict(extra_line_fields or {})
        if not basket_line.tax_code:
            extra_line_fields.setdefault("tax_code", vat.rate_for(basket_line.product))
        if not basket_line.product.is_shipping_required:
            # A booking (tourism service) waits for its producer to confirm it.
            extra_line_fields.setdefault("status", statuses.AWAITING_CONFIRMATION)
        return super().create_line_models(order, basket_line, extra_line_fields)
