"""VietQR bank transfer: the thank-you page shows a code any banking app scans.

The order waits as "awaiting transfer" until an operator sees the money
(with the order number in the message) and marks it paid in the dashboard.
Offered only when the receiving account is configured
(``OCOP_VIETQR_BANK_BIN``, ``OCOP_VIETQR_ACCOUNT_NUMBER``,
``OCOP_VIETQR_ACCOUNT_NAME``).
"""
import base64
import io

import qrcode
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from shop.order import statuses
from shop.payment.gateways import Gateway, GatewayResponse, Instructions
from shop.payment.gateways.vietqr import payload


def transfer_message(order_number: str) -> str:
    """What the customer's transfer says, so the money finds its order."""
    return payload.clean_message(f"OCOP {order_number}")


def png_data_uri(text: str) -> str:
    """A QR code of ``text`` as an inline PNG (no extra request, no file kept)."""
    image = qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


class VietQRTransfer(Gateway):
    code = "vietqr"
    name = _("Chuyển khoản ngân hàng (VietQR)")

    def is_available(self):
        return bool(settings.OCOP_VIETQR_BANK_BIN and settings.OCOP_VIETQR_ACCOUNT_NUMBER)

    def authorize(self, order_number, total, details):
        return GatewayResponse(order_status=statuses.AWAITING_TRANSFER)

    def instructions(self, order):
        amount = int(order.total_incl_tax)
        message = transfer_message(order.number)
        text = payload.build(
            settings.OCOP_VIETQR_BANK_BIN,
            settings.OCOP_VIETQR_ACCOUNT_NUMBER,
            amount=amount,
            message=message,
        )
        return Instructions(
            template="oscar/checkout/payment/vietqr.html",
            context={
                "payload": text,
                "qr_png": png_data_uri(text),
                "bank_bin": settings.OCOP_VIETQR_BANK_BIN,
                "bank_name": settings.OCOP_VIETQR_BANK_NAME,
                "account_number": settings.OCOP_VIETQR_ACCOUNT_NUMBER,
                "account_name": settings.OCOP_VIETQR_ACCOUNT_NAME,
                "amount": order.total_incl_tax,
                "currency": order.currency,
                "message": message,
            },
        )
