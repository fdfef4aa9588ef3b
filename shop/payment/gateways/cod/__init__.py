"""Cash on delivery: the default, always available; the courier collects."""
from django.utils.translation import gettext_lazy as _

from shop.order import statuses
from shop.payment.gateways import Gateway, GatewayResponse


class CashOnDelivery(Gateway):
    code = "cod"
    name = _("Thanh toán khi nhận hàng (COD)")

    def authorize(self, order_number, total, details):
        return GatewayResponse(order_status=statuses.NEW)
