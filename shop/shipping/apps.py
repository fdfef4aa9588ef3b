"""Fork of Oscar's shipping app: a flat charge per producer (``methods.py``)."""
import oscar.apps.shipping.apps as apps


class ShippingConfig(apps.ShippingConfig):
    name = "shop.shipping"
