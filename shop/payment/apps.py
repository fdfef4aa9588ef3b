"""Fork of Oscar's payment app: home of the payment methods (``gateways/``)."""
import oscar.apps.payment.apps as apps


class PaymentConfig(apps.PaymentConfig):
    name = "shop.payment"
