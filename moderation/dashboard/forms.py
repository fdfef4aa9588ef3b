"""The operator's decision on a review."""
from django import forms
from django.utils.translation import gettext_lazy as _


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Chủ thể OCOP sẽ thấy lý do này trên trang sản phẩm của mình."),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Hãy ghi lý do từ chối."))
        return reason
