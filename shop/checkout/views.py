"""Checkout views: Oscar's steps, with our address, payment methods and status.

The steps stay Oscar's (email or sign-in → address → shipping → payment
method → preview → thank you). What changes: the address form is
Vietnamese (``forms.ShippingAddressForm``), the customer picks one of the
payment methods in ``shop.payment.gateways`` instead of entering card
details, the chosen method decides the status the order starts in (an
order paid by transfer waits as "awaiting transfer"), and the thank-you
page shows what the method asks the customer to do next.
"""
from django import forms
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import generic
from oscar.apps.checkout import views
from oscar.apps.checkout.exceptions import PassedSkipCondition
from oscar.apps.checkout.views import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.payment.exceptions import UnableToTakePayment
from oscar.core.loading import get_class, get_model

from shop.payment import gateways

CheckoutSessionMixin = get_class("checkout.session", "CheckoutSessionMixin")
UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
commune_choices = get_class("checkout.forms", "commune_choices")
vietnamese_tax_code = get_class("checkout.forms", "vietnamese_tax_code")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")


class ShippingAddressView(views.ShippingAddressView):
    def get_available_addresses(self):
        # Only address-book entries on the 2025 list (shop/address): every
        # parcel needs an official commune; older entries are typed again.
        return super().get_available_addresses().exclude(commune_code="").exclude(
            province_code="")

    def post(self, request, *args, **kwargs):
        # Oscar takes any of the user's entries by id (and fails on an unknown
        # one); only those offered may be chosen.
        address_id = request.POST.get("address_id")
        if request.user.is_authenticated and address_id is not None:
            offered = self.get_available_addresses()
            if not address_id.isdigit() or not offered.filter(pk=address_id).exists():
                messages.error(request, _("Địa chỉ này thiếu xã/phường theo danh mục mới: "
                                          "hãy nhập lại địa chỉ giao hàng."))
                return redirect("checkout:shipping-address")
        return super().post(request, *args, **kwargs)

    def skip_unless_basket_requires_shipping(self, request):
        # Bookings only: no address, but a name and phone (checkout.contact).
        if not request.basket.is_shipping_required():
            raise PassedSkipCondition(url=reverse_lazy("checkout:contact"))


class CommunesView(generic.View):
    """The communes of a province as JSON, to suggest while typing."""

    def get(self, request):
        code = request.GET.get("province", "")
        return JsonResponse(
            {"communes": [{"code": c, "name": n} for c, n in commune_choices(code)]}
        )


class PaymentMethodForm(forms.Form):
    method = forms.ChoiceField(label=gettext_lazy("Cách thanh toán"), widget=forms.RadioSelect)
    # Optional: a company buying for its books gets the e-invoice in its name.
    buyer_company = forms.CharField(
        label=gettext_lazy("Tên công ty (xuất hóa đơn công ty)"), max_length=255, required=False
    )
    buyer_tax_code = forms.CharField(
        label=gettext_lazy("Mã số thuế (xuất hóa đơn công ty)"),
        max_length=20,
        required=False,
        help_text=gettext_lazy("10 chữ số, hoặc 13 với chi nhánh (0101234567-001)."),
    )

    def __init__(self, *args, methods=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = [(m.code, m.name) for m in methods]

    def clean_buyer_tax_code(self):
        value = self.cleaned_data["buyer_tax_code"].strip()
        return vietnamese_tax_code(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        company = cleaned.get("buyer_company", "").strip()
        cleaned["buyer_company"] = company
        if company and not cleaned.get("buyer_tax_code") and not self.has_error("buyer_tax_code"):
            self.add_error("buyer_tax_code", _("Hãy nhập mã số thuế của công ty để xuất hóa đơn."))
        if cleaned.get("buyer_tax_code") and not company:
            self.add_error("buyer_company", _("Hãy nhập tên công ty ghi trên hóa đơn."))
        return cleaned


class PaymentMethodView(CheckoutSessionMixin, generic.FormView):
    """The customer picks a payment method; cash on delivery is preselected."""

    template_name = "oscar/checkout/payment_method.html"
    form_class = PaymentMethodForm
    pre_conditions = views.PaymentMethodView.pre_conditions
    skip_conditions = views.PaymentMethodView.skip_conditions
    success_url = reverse_lazy("checkout:preview")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["methods"] = gateways.available()
        return kwargs

    def get_initial(self):
        chosen = self.get_payment_method()
        return {
            "method": chosen.code if chosen else gateways.available()[0].code,
            **self.checkout_session.company_invoice(),
        }

    def form_valid(self, form):
        self.checkout_session.pay_by(form.cleaned_data["method"])
        self.checkout_session.bill_company(
            form.cleaned_data["buyer_company"], form.cleaned_data["buyer_tax_code"]
        )
        return super().form_valid(form)


class PaymentDetailsView(views.PaymentDetailsView):
    """Preview and place the order; the chosen method takes (or books) payment."""

    def get(self, request, *args, **kwargs):
        # Our methods need no details page: it is the choice of method.
        if not self.preview:
            return redirect("checkout:payment-method")
        return super().get(request, *args, **kwargs)

    def render_payment_details(self, request, **kwargs):
        # A refused card is told on the preview page, where the card is entered.
        return self.render_preview(request, **kwargs)

    def handle_payment(self, order_number, total, **kwargs):
        method = self.get_payment_method()
        if method is None:
            raise UnableToTakePayment(_("Cách thanh toán đã chọn không còn được hỗ trợ."))
        try:
            self.payment_response = method.authorize(order_number, total, self.request.POST)
        except gateways.PaymentDeclined as declined:
            raise UnableToTakePayment(str(declined)) from declined
        source_type, __ = SourceType.objects.get_or_create(
            code=method.code, defaults={"name": str(method.name)}
        )
        self.add_payment_source(
            Source(
                source_type=source_type,
                currency=total.currency,
                amount_allocated=total.incl_tax,
                amount_debited=self.payment_response.amount_debited,
                reference=self.payment_response.reference,
            )
        )

    def handle_order_placement(self, *args, **kwargs):
        try:
            return super().handle_order_placement(*args, **kwargs)
        except UnableToPlaceOrder:
            # E.g. the last unit went to another buyer: the card is refunded.
            self.get_payment_method().void(self.payment_response)
            raise

    def get_initial_order_status(self, basket):
        return self.payment_response.order_status

    def send_order_placed_email(self, order):
        # In the language the customer shopped in (Vietnamese unless English).
        with translation.override(order.language):
            super().send_order_placed_email(order)

    def get_message_context(self, order):
        ctx = super().get_message_context(order)
        ctx["payment_instructions"] = payment_instructions(order)
        return ctx


def payment_instructions(order):
    method = gateways.for_order(order)
    return method.instructions(order) if method else None


class ThankYouView(views.ThankYouView):
    def get_context_data(self, *args, **kwargs):
        ctx = super().get_context_data(*args, **kwargs)
        ctx["payment_instructions"] = payment_instructions(ctx["order"])
        return ctx
