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

    def get_payment_method(self):
        """The chosen payment method if it is still offered, else None."""
        return gateways.get(self.checkout_session.payment_method() or "")

    def build_submission(self, **kwargs):
        submission = super().build_submission(**kwargs)
        # Later e-mails about the order speak the language it was placed in.
        submission["order_kwargs"].setdefault("language", translation.get_language())
        return submission

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["payment_method"] = self.get_payment_method()
        method = ctx.get("shipping_method")
        if hasattr(method, "breakdown"):
            ctx["shipping_breakdown"] = method.breakdown(ctx["basket"])
        return ctx
