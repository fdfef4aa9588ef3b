from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Tên khóa"), max_length=100,
        help_text=_("Để phân biệt các khóa, ví dụ: “Phần mềm kho”, “Website bán hàng”."),
    )
    producer = forms.ModelChoiceField(
        queryset=None, label=_("Chủ thể OCOP"), empty_label=None,
        error_messages={"invalid_choice": _("Bạn chỉ tạo được khóa cho chủ thể của mình.")},
    )

    def __init__(self, *args, producers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["producer"].queryset = producers
