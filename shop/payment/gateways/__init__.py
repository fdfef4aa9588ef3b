"""Payment methods behind one small interface, one package per provider.

Checkout sees every method alike (saleor's shape): it lists the methods
that are available, asks the chosen one to ``authorize`` the order total
when the order is placed, and shows the method's ``instructions`` on the
thank-you page and in the confirmation e-mail. A method answers with a
``GatewayResponse`` that names the status the new order starts in. The
back office asks the order's method to ``refund`` (``shop.payment.refunds``).
"""
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.module_loading import import_string

#: Offered in this order; the first available one is preselected.
GATEWAYS = (
    "shop.payment.gateways.cod.CashOnDelivery",
    "shop.payment.gateways.vietqr.VietQRTransfer",
    "shop.payment.gateways.stripe.StripeCard",
)


class PaymentDeclined(Exception):
    """The payment was refused; the message tells the customer why, in their words."""


class RefundFailed(Exception):
    """The provider did not give the money back; the message tells the operator why."""


@dataclass(frozen=True)
class GatewayResponse:
    """What a method says about a payment it was asked to take."""

    #: The status the order starts in (``shop.order.statuses``).
    order_status: str
    #: Amount already taken (cards); cash and transfers take nothing yet.
    amount_debited: Decimal = Decimal("0")
    #: The provider's id of the payment (a Stripe PaymentIntent), if any.
    reference: str = ""


@dataclass(frozen=True)
class Instructions:
    """What the customer must do next, rendered by ``template`` with ``context``."""

    template: str
    context: dict = field(default_factory=dict)


class Gateway:
    """A payment method. Subclasses set ``code`` and ``name`` and answer the three calls."""

    code = ""
    name = ""
    #: Money goes back by hand (the operator records it), not through a provider.
    manual_refund = True

    def is_available(self) -> bool:
        return True

    def authorize(self, order_number: str, total, details) -> GatewayResponse:
        """Take or book payment of ``total``; ``details`` is what the customer posted.

        Raises ``PaymentDeclined`` when the payment is refused.
        """
        raise NotImplementedError

    def instructions(self, order) -> Instructions | None:
        return None

    def void(self, response: GatewayResponse) -> None:
        """Give back what ``authorize`` took when the order could not be placed."""

    def refundable(self, source):
        """What may still be given back on ``source`` (an Oscar payment Source).

        Cash and transfers are received outside the shop, so nothing debits
        their source: what was allocated (the order total) is the ceiling.
        """
        return source.amount_allocated - source.amount_refunded

    def refund(self, source, amount) -> str:
        """Give ``amount`` back to the customer; answers the provider's reference.

        Cash and transfers are given back by hand (hoàn tiền thủ công): an
        operator records it, no provider is called. Raises
        ``RefundFailed`` when the provider refuses.
        """
        return ""


def available():
    """The methods a customer may choose now, in display order."""
    methods = (import_string(path)() for path in GATEWAYS)
    return [method for method in methods if method.is_available()]


def get(code: str) -> Gateway | None:
    """The available method with this code, or None (unknown or switched off)."""
    return next((method for method in available() if method.code == code), None)


def by_code(code: str) -> Gateway | None:
    """The method with this code even if it is switched off now.

    An order keeps the method it was paid with: refunding it must not
    depend on the method still being offered to new customers.
    """
    methods = (import_string(path)() for path in GATEWAYS)
    return next((method for method in methods if method.code == code), None)


def for_order(order) -> Gateway | None:
    """The method an order was placed with (its payment source's type code)."""
    source = order.sources.select_related("source_type").first()
    return get(source.source_type.code) if source else None
