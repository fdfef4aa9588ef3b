"""Fork of Oscar's order models: Vietnamese addresses and the buyer's language.

Since 1 July 2025 an address is a street, a commune/ward and one of 34
provinces (no district); the official codes are kept next to the names so
that deliveries and reports can group by province without parsing text.
The language the customer shopped in is kept so that later e-mails about
the order (status changes) speak it too.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.abstract_models import AbstractShippingAddress
from oscar.apps.order.abstract_models import AbstractOrder

from shop import divisions


class Order(AbstractOrder):
    language = models.CharField(
        _("Ngôn ngữ của khách"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )

    class Meta(AbstractOrder.Meta):
        pass


class ShippingAddress(AbstractShippingAddress):
    province_code = models.CharField(_("Mã tỉnh/thành"), max_length=2, blank=True)
    commune_code = models.CharField(_("Mã xã/phường"), max_length=5, blank=True)

    class Meta(AbstractShippingAddress.Meta):
        pass

    def set_division_names(self):
        """Write the commune and province names where Oscar prints a city and state."""
        self.line4 = divisions.commune_name(self.commune_code)
        self.state = divisions.province_name(self.province_code)


from oscar.apps.order.models import *  # noqa: E402,F401,F403  (fork idiom)
