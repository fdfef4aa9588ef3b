"""Add-to-basket and basket line forms that know tourism bookings.

A tourism service (group 6) is booked for a date and a party: Oscar builds
the two fields from the product class's options (``catalog.bookings``);
here they get a date picker, the booking rules (from today in
Asia/Ho_Chi_Minh, at most ``OCOP_BOOKING_DAYS_AHEAD`` days ahead, 1 to the
product's party limit) and Vietnamese messages. Tourism prices are per
person, so the line's quantity is the party size: it is set from the party
field and cannot be changed on the basket page apart from removing the line
(to change the party, book again).
"""
import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.basket import forms as oscar_forms
from oscar.apps.basket.forms import *  # noqa: F401,F403  (fork idiom)

from catalog import bookings

Option = oscar_forms.Option


class AddToBasketForm(oscar_forms.AddToBasketForm):
    def __init__(self, basket, product, *args, **kwargs):
        super().__init__(basket, product, *args, **kwargs)
        self.is_booking = bookings.is_booking(product)
        if self.is_booking and "quantity" in self.fields:
            # The party size is the quantity (prices are per person).
            self.fields["quantity"].widget = forms.HiddenInput()
            self.fields["quantity"].initial = 1

    def _add_option_field(self, product, option):
        if option.code == bookings.DATE_CODE:
            self.fields[option.code] = self._booking_date_field(option)
        elif option.code == bookings.PARTY_CODE:
            self.fields[option.code] = self._party_size_field(product, option)
        else:
            super()._add_option_field(product, option)

    def _booking_date_field(self, option):
        today = timezone.localdate()
        last = today + dt.timedelta(days=bookings.booking_window_days())
        return forms.DateField(
            label=bookings.option_label(option),
            required=True,
            input_formats=["%Y-%m-%d", "%d/%m/%Y"],
            widget=forms.DateInput(
                format="%Y-%m-%d",
                attrs={"type": "date", "min": today.isoformat(), "max": last.isoformat()},
            ),
            error_messages={
                "required": _("Hãy chọn ngày đến."),
                "invalid": _("Ngày đến không hợp lệ: hãy nhập theo dạng ngày/tháng/năm."),
            },
        )

    def _party_size_field(self, product, option):
        return forms.IntegerField(
            label=bookings.option_label(option),
            required=True,
            initial=1,
            widget=forms.NumberInput(attrs={"min": 1, "max": bookings.max_party(product)}),
            error_messages={
                "required": _("Hãy nhập số người."),
                "invalid": _("Số người phải là một số nguyên."),
            },
        )

    def clean(self):
        if self.is_booking:
            # The booking rules, each message on its own field.
            date = self.cleaned_data.get(bookings.DATE_CODE)
            problem = date and bookings.date_problem(date)
            if problem:
                self.add_error(bookings.DATE_CODE, problem)
            party = self.cleaned_data.get(bookings.PARTY_CODE)
            problem = party is not None and bookings.party_problem(party, self.product)
            if problem:
                self.add_error(bookings.PARTY_CODE, problem)
            if self.errors:
                return self.cleaned_data
            self.cleaned_data["quantity"] = party
            self._refuse_same_booking_twice()
        return super().clean()

    def _refuse_same_booking_twice(self):
        """Oscar would add a second identical booking to the first line's
        quantity, leaving a party size that no longer matches it."""
        info = self.basket.strategy.fetch_for_product(self.product)
        if self.basket.id and self.basket.line_quantity(
            self.product, info.stockrecord, self.cleaned_options()
        ):
            raise forms.ValidationError(
                _("Giỏ hàng đã có lượt đặt này (cùng ngày, cùng số người).")
            )


class SimpleAddToBasketForm(oscar_forms.SimpleAddToBasketMixin, AddToBasketForm):
    pass


class BasketLineForm(oscar_forms.BasketLineForm):
    def __init__(self, strategy, *args, **kwargs):
        super().__init__(strategy, *args, **kwargs)
        # Oscar's basket template shows the box without a label (axe: ``label``).
        self.fields["quantity"].widget.attrs.setdefault("aria-label", _("Số lượng"))
        if self.instance.id and self._is_booking():
            self.fields["quantity"].widget.attrs["readonly"] = True
            self.fields["quantity"].help_text = _("Số người của lượt đặt")

    def _is_booking(self):
        return self.instance.attributes.filter(option__code=bookings.PARTY_CODE).exists()

    def clean_quantity(self):
        quantity = self.cleaned_data.get("quantity")
        if (
            quantity
            and self.instance.id
            and quantity != self.instance.quantity
            and self._is_booking()
        ):
            raise forms.ValidationError(
                _("Muốn đổi số người, hãy bỏ lượt đặt này rồi đặt lại với số người mới.")
            )
        return super().clean_quantity()
