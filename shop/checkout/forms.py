"""Checkout forms: a Vietnamese delivery address and the payment method.

The address rules (2025 province and commune, Vietnamese phone) live in
``address.forms``, shared with the address book; this module adds them to
Oscar's delivery address form and checks the buyer's tax code.
"""
from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm
from oscar.apps.checkout.forms import ShippingAddressForm as OscarShippingAddressForm
from oscar.core.loading import get_class
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as InvalidNumber
from stdnum.vn import mst

VietnameseAddressMixin = get_class("address.forms", "VietnameseAddressMixin")
ADDRESS_FIELDS = get_class("address.forms", "ADDRESS_FIELDS")
ADDRESS_LABELS = get_class("address.forms", "ADDRESS_LABELS")
# Kept under checkout.forms for the views that load them from here.
commune_choices = get_class("address.forms", "commune_choices")
vietnamese_phone = get_class("address.forms", "vietnamese_phone")


def vietnamese_tax_code(value: str) -> str:
    """A mã số thuế as printed on invoices (0101234567, 0101234567-001), or a ValidationError."""
    try:
        mst.validate(value)
    except InvalidChecksum:
        raise forms.ValidationError(
            _("Mã số thuế %(value)s không đúng: chữ số kiểm tra không khớp, hãy xem lại."),
            params={"value": value},
        ) from None
    except InvalidNumber:
        raise forms.ValidationError(
            _(
                "Mã số thuế %(value)s không hợp lệ: hãy nhập 10 chữ số, "
                "hoặc 13 chữ số với chi nhánh (ví dụ 0101234567-001)."
            ),
            params={"value": value},
        ) from None
    return mst.format(value)


class ShippingAddressForm(VietnameseAddressMixin, OscarShippingAddressForm):
    class Meta(OscarShippingAddressForm.Meta):
        fields = ADDRESS_FIELDS
        labels = ADDRESS_LABELS


class GatewayForm(OscarGatewayForm):
    """Oscar's first checkout step with a name for the password box.

    Oscar's template puts the box after the "returning customer" radio
    without a label, so a screen reader announced an unnamed field (axe:
    ``label``, tests/e2e/test_a11y.py).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].widget.attrs.setdefault("aria-label", _("Mật khẩu"))
