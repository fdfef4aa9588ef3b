"""The consumer report form on the trace page (no account, no JavaScript)."""
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from shop import images as photos

from .models import ConsumerReport

#: Vietnamese or international numbers as people type them: 9–15 digits.
PHONE = re.compile(r"^\+?[0-9 .()\-]{8,24}$")


class ConsumerReportForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput, max_length=200)
    kind = forms.ChoiceField(
        label=_("Bạn muốn báo điều gì?"), choices=ConsumerReport.Kind.choices,
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Mô tả (không bắt buộc)"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    photo = forms.FileField(
        label=_("Ảnh (JPEG, PNG hoặc WebP, tối đa 5 MB; không bắt buộc)"), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": photos.ACCEPT}),
    )
    contact = forms.CharField(
        label=_("Số điện thoại hoặc email để chúng tôi liên hệ (không bắt buộc)"),
        required=False, max_length=254,
    )

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        try:
            return photos.reencode(upload)
        except photos.BadPhoto as error:
            again = gettext("Hãy chọn lại ảnh; nội dung khác bạn đã nhập vẫn được giữ.")
            raise ValidationError(f"{error} {again}") from None

    def clean_contact(self):
        contact = self.cleaned_data.get("contact", "").strip()
        if not contact:
            return ""
        if "@" in contact:
            try:
                validate_email(contact)
            except ValidationError:
                raise ValidationError(gettext("Email không hợp lệ.")) from None
            return contact
        digits = re.sub(r"\D", "", contact)
        if not PHONE.match(contact) or not 9 <= len(digits) <= 15:
            raise ValidationError(gettext("Hãy nhập số điện thoại (9–15 chữ số) hoặc email."))
        return contact

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == ConsumerReport.Kind.QUALITY and not cleaned.get("message"):
            self.add_error("message", gettext("Hãy mô tả vấn đề chất lượng bạn gặp."))
        return cleaned
