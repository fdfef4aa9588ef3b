"""Fork of Oscar's address models: an address-book entry carries the 2025 codes.

Without them checkout could not reuse a saved address (it must know the
commune of every parcel); with them a signed-in customer picks one of the
addresses earlier orders saved (Oscar's ``update_address_book``).
"""
from oscar.apps.address.abstract_models import AbstractUserAddress

from shop.address.abstract_models import DivisionCodes


class UserAddress(DivisionCodes, AbstractUserAddress):
    class Meta(AbstractUserAddress.Meta):
        pass


from oscar.apps.address.models import *  # noqa: E402,F401,F403  (fork idiom)
