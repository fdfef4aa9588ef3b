"""The checkout's pre-conditions, in the shop's words.

Oscar asks the purchase strategy about every basket line at each step and
again when the order is placed, so a product whose OCOP certificate lapsed
while it sat in the basket is refused here (``shop.partner.strategy``); this
module only says so plainly, and requires a payment method before the
order preview.
"""
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.apps.checkout import exceptions, session
from oscar.apps.checkout.session import *  # noqa: F401,F403  (fork idiom)

from shop.payment import gateways


class CheckoutSessionMixin(session.CheckoutSessionMixin):
    def check_basket_is_valid(self, request):
        refused = []
        for line in request.basket.all_lines():
            result = request.strategy.fetch_for_line(line)
            permitted, reason = result.availability.is_purchase_permitted(line.quantity)
            if not permitted:
                refused.append(
                    _(
                        "Không thể mua “%(title)s”: %(reason)s. "
                        "Hãy bỏ sản phẩm này khỏi giỏ hàng để tiếp tục."
                    )
                    % {"title": line.product.get_title(), "reason": reason}
                )
        if refused:
            raise exceptions.FailedPreCondition(url=reverse("basket:summary"), messages=refused)

    def check_payment_data_is_captured(self, request):
        if self.get_payment_method() is None:
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:payment-method"),
                message=_("Hãy chọn cách thanh toán."),
            )

    def check_shipping_data_is_captured(self, request):
        # Nothing shipped (bookings only): the producer needs a name and phone.
        if not request.basket.is_shipping_required() and not (
            self.checkout_session.new_billing_address_fields() or {}
        ).get("phone_number"):
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:contact"),
                message=_(
                    "Hãy cho biết họ tên và số điện thoại để chủ thể OCOP xác nhận lượt đặt."
                ),
            )
        super().check_shipping_data_is_captured(request)

    def get_payment_method(self):
        """The chosen payment method if it is still offered, else None."""
        return gateways.get(self.checkout_session.payment_method() or "")

    def build_submission(self, **kwargs):
        submission = super().build_submission(**kwargs)
        # Later e-mails about the order speak the language it was placed in.
        submission["order_kwargs"].setdefault("language", translation.get_language())
        # A company buyer's e-invoice details, from the payment step.
        for key, value in self.checkout_session.company_invoice().items():
            submission["order_kwargs"].setdefault(key, value)
        return submission

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["payment_method"] = self.get_payment_method()
        ctx["company_invoice"] = self.checkout_session.company_invoice()
        method = ctx.get("shipping_method")
        if hasattr(method, "breakdown"):
            ctx["shipping_breakdown"] = method.breakdown(ctx["basket"])
        return ctx
