"""Fork of Oscar's order models: Vietnamese addresses and the buyer's language.

Since 1 July 2025 an address is a street, a commune/ward and one of 34
provinces (no district); the official codes are kept next to the names so
that deliveries and reports can group by province without parsing text.
The language the customer shopped in is kept so that later e-mails about
the order (status changes) speak it too, and a company buyer's name and tax
code (mã số thuế) so that its e-invoice can be issued.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.abstract_models import AbstractBillingAddress, AbstractShippingAddress
from oscar.apps.order.abstract_models import AbstractLine, AbstractOrder
from phonenumber_field.modelfields import PhoneNumberField

from catalog import bookings
from shop.address.abstract_models import DivisionCodes
from shop.partner.models import validate_tax_code


class Order(AbstractOrder):
    language = models.CharField(
        _("Ngôn ngữ của khách"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    # A company buying for its books asks for an e-invoice in its name
    # (xuất hóa đơn công ty); both stay empty for a private buyer.
    buyer_company = models.CharField(_("Tên công ty (xuất hóa đơn)"), max_length=255, blank=True)
    buyer_tax_code = models.CharField(
        _("Mã số thuế người mua"), max_length=14, blank=True, validators=[validate_tax_code]
    )

    class Meta(AbstractOrder.Meta):
        pass


class ShippingAddress(DivisionCodes, AbstractShippingAddress):
    class Meta(AbstractShippingAddress.Meta):
        pass


class BillingAddress(AbstractBillingAddress):
    """Who to call about the order when nothing is shipped.

    A basket of tourism bookings asks no delivery address, yet the producer
    must reach the customer to confirm the booking: the checkout's contact
    step keeps the name and phone here (Oscar's billing address of the order).
    """

    phone_number = PhoneNumberField(_("Số điện thoại"), blank=True)

    class Meta(AbstractBillingAddress.Meta):
        pass


class Line(AbstractLine):
    @property
    def description(self):
        # A booking reads "… (Ngày đến: 01/05/2026, Số người: 4)".
        return bookings.describe(self.title, self.attributes.all())


from oscar.apps.order.models import *  # noqa: E402,F401,F403  (fork idiom)
