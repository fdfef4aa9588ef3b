"""Fork of Oscar's order app: commune/province codes and the buyer's language."""
import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    name = "shop.order"

    def ready(self):
        super().ready()
        from shop.order import receivers  # noqa: F401  (connects the e-mails)
