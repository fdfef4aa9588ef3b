"""The Stripe calls we make, and Stripe's refusals in the customer's words.

VND is a zero-decimal currency for Stripe: amounts are whole đồng. The
client points at ``STRIPE_API_BASE`` when it is set (a local emulator such
as localstripe in the tests), else at Stripe.
"""
import stripe
from django.conf import settings
from django.utils.translation import gettext as _


def client() -> stripe.StripeClient:
    base = {"api": settings.STRIPE_API_BASE} if settings.STRIPE_API_BASE else None
    return stripe.StripeClient(settings.STRIPE_SECRET_KEY, base_addresses=base or {})


def vnd(amount) -> int:
    """Whole đồng; VND has no minor unit, so a fraction is a bug upstream."""
    if amount != int(amount):
        raise ValueError(f"VND amount with a fraction: {amount}")
    return int(amount)


def pay(order_number: str, amount, payment_method: str):
    """Creates and confirms a PaymentIntent; answers it (maybe needing 3-D Secure).

    Raises ``stripe.CardError`` when the card is refused.
    """
    return client().v1.payment_intents.create(
        {
            "amount": vnd(amount),
            "currency": "vnd",
            "payment_method": payment_method,
            "payment_method_types": ["card"],
            "confirm": True,
            "metadata": {"order_number": order_number},
        }
    )


def retrieve(payment_intent_id: str):
    return client().v1.payment_intents.retrieve(payment_intent_id)


def decline_message(error: stripe.StripeError) -> str:
    """A refusal the customer can act on, without Stripe's English."""
    code = getattr(error, "code", None) or ""
    messages = {
        "card_declined": _("Ngân hàng phát hành đã từ chối thẻ."),
        "insufficient_funds": _("Thẻ không đủ số dư."),
        "expired_card": _("Thẻ đã hết hạn."),
        "incorrect_cvc": _("Mã CVC không đúng."),
        "incorrect_number": _("Số thẻ không đúng."),
        "payment_intent_authentication_failure": _("Xác thực 3-D Secure không thành công."),
    }
    reason = messages.get(code, _("Không thanh toán được bằng thẻ này."))
    advice = _("Bạn chưa bị trừ tiền; hãy thử thẻ khác hoặc chọn cách thanh toán khác.")
    return f"{reason} {advice}"


def refund(payment_intent_id: str, amount):
    """Refunds ``amount`` đồng of a paid PaymentIntent (part of it, or all)."""
    return client().v1.refunds.create(
        {"payment_intent": payment_intent_id, "amount": vnd(amount)}
    )


def refund_failure_message(error: stripe.StripeError) -> str:
    """Why Stripe gave nothing back, for the operator; Stripe's own words follow for support."""
    reasons = {
        "charge_already_refunded": _("Khoản thanh toán này đã được hoàn hết trên Stripe."),
        "amount_too_large": _("Số tiền lớn hơn số còn có thể hoàn trên Stripe."),
        "resource_missing": _("Stripe không tìm thấy khoản thanh toán của đơn hàng này."),
    }
    if isinstance(error, stripe.APIConnectionError):
        reason = _("Không kết nối được với Stripe; hãy thử lại sau.")
    else:
        reason = reasons.get(getattr(error, "code", None) or "", _("Stripe từ chối hoàn tiền."))
    detail = getattr(error, "user_message", None) or str(error)
    return _("%(reason)s Chưa hoàn tiền, không có gì thay đổi. (Stripe: %(detail)s)") % {
        "reason": reason,
        "detail": detail,
    }


def give_back(payment_intent_id: str):
    """Refund a paid PaymentIntent, or cancel one still waiting for 3-D Secure."""
    intent = retrieve(payment_intent_id)
    if intent.status == "succeeded":
        return client().v1.refunds.create({"payment_intent": payment_intent_id})
    return client().v1.payment_intents.cancel(payment_intent_id)
