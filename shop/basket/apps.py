"""Fork of Oscar's basket app (label ``basket``): see ``forms`` for why."""
import oscar.apps.basket.apps as apps


class BasketConfig(apps.BasketConfig):
    name = "shop.basket"
