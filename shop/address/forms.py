"""Address forms on the 2025 divisions, for checkout and the address book alike.

Since 1 July 2025 an address is street, commune/ward and province; the
province is picked from the 34 official ones and the commune must be one of
that province's (typed or picked by name or code; ``shop.divisions`` reads
the 3,321 official names), so a parcel never leaves with a commune that no
longer exists. The phone number is required: couriers call before they
deliver and collect cash.

The rules live here, in the address app, because both the checkout's
delivery address (``checkout.forms.ShippingAddressForm``) and the address
book (``UserAddressForm`` below, Oscar's /accounts/addresses/ pages) use
them, and Oscar's checkout forms already import ``address.forms``: the
checkout imports this module, never the other way round.
"""
from functools import lru_cache

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.address.forms import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm

from catalog.text import fold
from shop import divisions
from shop.order.country import vietnam


@lru_cache(maxsize=64)
def commune_choices(province_code: str) -> tuple:
    """(code, name) of the communes/wards of a province, by name."""
    from vietnam_provinces import Ward

    wards = (w for w in Ward.iter_all() if f"{int(w.province_code):02d}" == province_code)
    choices = ((divisions.ward_code(w), w.name) for w in wards)
    return tuple(sorted(choices, key=lambda choice: fold(choice[1])))


def vietnamese_phone(value: str) -> str:
    """A Vietnamese phone number in E.164 (+84…), or a ValidationError."""
    try:
        number = phonenumbers.parse(value, "VN")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number_for_region(number, "VN"):
        raise forms.ValidationError(
            _(
                "Số điện thoại %(value)s không hợp lệ: "
                "hãy nhập số Việt Nam, ví dụ 0912 345 678."
            ),
            params={"value": value},
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_KINDS = ("xa ", "phuong ", "dac khu ")


def find_commune(text: str, province_code: str):
    """The commune of the province named by ``text``, taking its kind at its word.

    ``divisions.find_commune`` lets "Phường Ba Đình" find "Xã Ba Đình" (it
    ignores the kind, as imports need); a buyer who writes the kind means
    it, and Phường Ba Đình is in Hà Nội.
    """
    ward = divisions.find_commune(text, province_code)
    typed = fold(text)
    if ward and typed.startswith(_KINDS) and typed != fold(ward.name):
        return None
    return ward


#: The model fields a Vietnamese address form shows (with ``commune``);
#: no district, postcode or country.
ADDRESS_FIELDS = ["first_name", "line1", "province_code", "phone_number", "notes"]
ADDRESS_LABELS = {
    "first_name": _("Họ và tên người nhận"),
    "line1": _("Số nhà, đường, thôn/xóm"),
    "notes": _("Ghi chú cho người giao hàng"),
}


class VietnameseAddressMixin(forms.Form):
    """Province, commune/ward and phone of an Oscar address form, checked against 2025.

    Put it before an Oscar address ``ModelForm`` (whose model carries
    ``shop.address.abstract_models.DivisionCodes``) and use ``ADDRESS_FIELDS``
    in its ``Meta``. A ``forms.Form`` so that its fields are declared like
    any form's; ``Form`` adds nothing else to the model form.
    """

    province_code = forms.ChoiceField(label=_("Tỉnh/thành phố"))
    commune = forms.CharField(
        label=_("Xã/phường"),
        max_length=128,
        help_text=_("Tên hoặc mã xã/phường theo danh mục từ 1/7/2025."),
        widget=forms.TextInput(attrs={"list": "communes", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Oscar's checkout form calls this itself; its address-book form does not.
        self.adjust_country_field()
        self.fields["province_code"].choices = [("", _("— Chọn tỉnh/thành —"))] + (
            divisions.province_choices()
        )
        phone = self.fields["phone_number"]
        phone.required = True
        phone.label = _("Số điện thoại")
        phone.help_text = _("Người giao hàng gọi số này trước khi giao.")
        if self.instance.commune_code and not self.is_bound:
            self.initial["commune"] = divisions.commune_name(self.instance.commune_code)
        # Fields in display order: the commune belongs under its province.
        order = ["first_name", "phone_number", "line1", "province_code", "commune", "notes"]
        self.order_fields(order)

    def adjust_country_field(self):
        # Oscar hides the country when only one ships; we only deliver in Vietnam.
        self.fields.pop("country", None)
        self.instance.country = vietnam()

    def communes(self):
        """Communes of the chosen province, offered as suggestions."""
        code = self.data.get(self.add_prefix("province_code")) or self.initial.get(
            "province_code"
        )
        return commune_choices(code) if code else ()

    def clean_phone_number(self):
        return vietnamese_phone(self.cleaned_data.get("phone_number", "").strip())

    def clean(self):
        cleaned = super().clean()
        province = cleaned.get("province_code")
        commune = cleaned.get("commune")
        if province and commune:
            ward = find_commune(commune, province)
            if ward is None:
                self.add_error(
                    "commune",
                    _("Không có xã/phường “%(commune)s” ở %(province)s (danh mục từ 1/7/2025).")
                    % {"commune": commune, "province": divisions.province_name(province)},
                )
            else:
                self.instance.commune_code = divisions.ward_code(ward)
                self.instance.province_code = province
                self.instance.set_division_names()
        return cleaned


class UserAddressForm(VietnameseAddressMixin, OscarUserAddressForm):
    """An address-book entry with its 2025 codes, so checkout can ship to it.

    Oscar's form asks for city, state and postcode and leaves the codes
    empty; checkout offers only entries with codes (``checkout.views``).
    """

    class Meta(OscarUserAddressForm.Meta):
        fields = ADDRESS_FIELDS
        labels = ADDRESS_LABELS
