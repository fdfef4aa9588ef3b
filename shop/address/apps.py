"""Fork of Oscar's address app: address-book entries on the 2025 divisions."""
import oscar.apps.address.apps as apps


class AddressConfig(apps.AddressConfig):
    name = "shop.address"
