"""Forms of producer onboarding: the invitation, the password, the profile."""
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import SetPasswordForm
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop import divisions
from shop.images import ACCEPT, clean_upload

Partner = get_model("partner", "Partner")
Invitation = get_model("backoffice", "Invitation")


def _province_field(required):
    return forms.ChoiceField(
        label=_("Tỉnh/thành phố"), required=required,
        choices=[("", "---------"), *divisions.province_choices()],
    )


class InvitationForm(forms.Form):
    """An existing producer (e.g. imported from a published list) or a new one."""

    email = forms.EmailField(label=_("Email người nhận"))
    producer = forms.ModelChoiceField(
        label=_("Chủ thể đã có"), required=False, queryset=Partner.objects.order_by("name"),
        help_text=_("Chọn chủ thể đã có trên sàn, hoặc để trống và nhập chủ thể mới bên dưới."),
    )
    new_name = forms.CharField(label=_("Tên chủ thể mới"), max_length=128, required=False)
    new_province = _province_field(required=False)

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        User = get_user_model()
        if User.objects.filter(email__iexact=email, is_staff=True).exists():
            raise forms.ValidationError(
                _("Email này thuộc tài khoản vận hành sàn, không thể mời làm chủ thể.")
            )
        return email

    def clean(self):
        data = super().clean()
        producer, name = data.get("producer"), (data.get("new_name") or "").strip()
        if producer and name:
            raise forms.ValidationError(
                _("Chọn chủ thể đã có hoặc nhập chủ thể mới, không chọn cả hai.")
            )
        if not producer and not name:
            raise forms.ValidationError(_("Hãy chọn một chủ thể hoặc nhập tên chủ thể mới."))
        if name and not data.get("new_province"):
            self.add_error("new_province", _("Hãy chọn tỉnh/thành phố của chủ thể mới."))
        email = data.get("email")
        if producer and email and producer.users.filter(email__iexact=email).exists():
            self.add_error("email", _("Tài khoản với email này đã quản lý chủ thể này."))
        if producer and email and Invitation.objects.filter(
            producer=producer, email__iexact=email, accepted_at__isnull=True,
            cancelled_at__isnull=True,
        ).exists():
            self.add_error("email", _("Đã có lời mời đang chờ cho email và chủ thể này: "
                                      "hãy gửi lại lời mời đó."))
        return data

    def save(self, invited_by):
        producer = self.cleaned_data["producer"] or Partner.objects.create(
            name=self.cleaned_data["new_name"].strip(),
            province_code=self.cleaned_data["new_province"],
        )
        return Invitation(email=self.cleaned_data["email"], producer=producer,
                          invited_by=invited_by)


class AcceptForm(SetPasswordForm):
    """Django's password form: its validators, its Vietnamese messages."""

    new_password1 = forms.CharField(
        label=_("Mật khẩu"), strip=False, widget=forms.PasswordInput(
            attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("Nhập lại mật khẩu"), strip=False, widget=forms.PasswordInput(
            attrs={"autocomplete": "new-password"}),
    )


class ProfileForm(forms.ModelForm):
    """What a producer keeps about itself; the model checks tax code and codes."""

    province_code = _province_field(required=True)
    commune_code = forms.CharField(
        label=_("Xã/phường"), required=False, max_length=128,
        help_text=_("Tên hoặc mã xã/phường theo danh mục từ 1/7/2025."),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    logo = forms.FileField(
        label=_("Logo"), required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    class Meta:
        model = Partner
        fields = [
            "producer_type", "tax_code", "province_code", "commune_code", "street_address",
            "phone", "email", "website", "description", "logo",
        ]

    def clean_tax_code(self):
        return self.cleaned_data["tax_code"].strip()

    def clean_commune_code(self):
        """A commune name or code becomes the official code when it is found.

        What cannot be found is refused with the words every address form
        uses (``divisions.code_errors``); the model's ``clean()`` checks the
        codes again whoever saves them.
        """
        text = self.cleaned_data["commune_code"].strip()
        province = self.cleaned_data.get("province_code", "")
        ward = divisions.find_commune(text, province)
        if ward:
            return divisions.ward_code(ward)
        if text:
            raise forms.ValidationError(divisions.code_errors(province, text)["commune_code"])
        return text

    def clean_logo(self):
        upload = self.cleaned_data.get("logo")
        if isinstance(upload, UploadedFile):
            return clean_upload(upload)
        return upload

    def save(self, commit=True):
        producer = super().save(commit=False)
        if producer.commune_code:
            producer.commune_text, producer.commune_unverified = "", False
        if commit:
            producer.save()
        return producer


class ProducerChoiceForm(forms.Form):
    """Which producer a page is about (operators, and users of several)."""

    producer = forms.ModelChoiceField(label=_("Chủ thể"), queryset=Partner.objects.none())

    def __init__(self, *args, producers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["producer"].queryset = producers.order_by("name")
