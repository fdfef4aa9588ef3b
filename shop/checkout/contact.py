"""The contact step, for baskets that ship nothing (tourism bookings only).

Oscar skips the delivery address and shipping method when no line needs
shipping; the producer still has to call the customer to confirm a
booking, so this step asks only a name and a Vietnamese phone number (the
e-mail came with the guest step or the account). They are kept as the
order's billing address (``shop.order.models.BillingAddress``), which
Oscar's checkout saves with the order. A basket with goods gives its phone
with the delivery address instead and skips this step.
"""
from django import forms
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.apps.checkout import exceptions
from oscar.core.loading import get_class

from shop.order.country import vietnam

CheckoutSessionMixin = get_class("checkout.session", "CheckoutSessionMixin")
vietnamese_phone = get_class("checkout.forms", "vietnamese_phone")


class ContactForm(forms.Form):
    first_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=255,
        error_messages={"required": _("Hãy nhập họ và tên.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone_number = forms.CharField(
        label=_("Số điện thoại"),
        help_text=_("Chủ thể OCOP gọi số này để xác nhận lượt đặt."),
        error_messages={"required": _("Hãy nhập số điện thoại.")},
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )

    def clean_first_name(self):
        name = self.cleaned_data["first_name"].strip()
        if not name:
            raise forms.ValidationError(_("Hãy nhập họ và tên."))
        return name

    def clean_phone_number(self):
        return vietnamese_phone(self.cleaned_data["phone_number"].strip())

    def session_fields(self) -> dict:
        """What Oscar's checkout session keeps for a new billing address."""
        return {
            "first_name": self.cleaned_data["first_name"],
            "phone_number": self.cleaned_data["phone_number"],
            "country_id": vietnam().pk,
        }


class ContactView(CheckoutSessionMixin, generic.FormView):
    template_name = "oscar/checkout/contact.html"
    form_class = ContactForm
    pre_conditions = [
        "check_basket_is_not_empty",
        "check_basket_is_valid",
        "check_user_email_is_captured",
    ]
    skip_conditions = ["skip_if_basket_requires_shipping"]
    # The shipping-method step then records "no shipping required" and moves on.
    success_url = reverse_lazy("checkout:shipping-method")

    def skip_if_basket_requires_shipping(self, request):
        if request.basket.is_shipping_required():
            raise exceptions.PassedSkipCondition(url=reverse("checkout:shipping-address"))

    def get_initial(self):
        initial = dict(self.checkout_session.new_billing_address_fields() or {})
        if not initial and self.request.user.is_authenticated:
            initial["first_name"] = self.request.user.get_full_name()
        return initial

    def form_valid(self, form):
        self.checkout_session.bill_to_new_address(form.session_fields())
        return super().form_valid(form)
