"""Forms of the certificate back office: submit, record, reject, change status, filter."""
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from catalog import certificates as rules
from catalog import documents

from .scoping import own_products

Product = get_model("catalogue", "Product")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
CertificateSubmission = get_model("catalogue", "CertificateSubmission")

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class SubmissionForm(forms.ModelForm):
    """A producer attaches the certificate of one of its own products."""

    class Meta:
        model = CertificateSubmission
        fields = ["product", "number", "stars", "issued_on", "document"]
        widgets = {
            "issued_on": DATE_INPUT,
            "document": forms.ClearableFileInput(attrs={"accept": documents.ACCEPT}),
        }
        help_texts = {
            "document": _("PDF, JPEG hoặc PNG, tối đa 10 MB."),
            "number": _("Ghi đúng như trên quyết định công nhận, ví dụ 123/QĐ-UBND."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = own_products(
            Product.objects.filter(parent__isnull=True), user
        ).order_by("title")

    def clean_number(self):
        return " ".join(self.cleaned_data["number"].split())

    def clean_issued_on(self):
        issued_on = self.cleaned_data["issued_on"]
        today = timezone.localdate()
        if issued_on > today:
            raise forms.ValidationError(_("Ngày cấp không thể ở tương lai."))
        if rules.default_valid_until(issued_on) < today:
            raise forms.ValidationError(
                _("Giấy chứng nhận cấp ngày %(day)s đã hết hạn 36 tháng. Hãy gửi giấy "
                  "chứng nhận mới.") % {"day": f"{issued_on:%d/%m/%Y}"}
            )
        return issued_on

    def clean_document(self):
        return documents.clean_document(self.cleaned_data["document"])

    def clean(self):
        cleaned = super().clean()
        product, number = cleaned.get("product"), cleaned.get("number")
        if product and number and CertificateSubmission.objects.filter(
            product=product, number__iexact=number,
            status=CertificateSubmission.Status.PENDING,
        ).exists():
            raise forms.ValidationError(
                _("Giấy chứng nhận này đã được gửi và đang chờ kiểm tra.")
            )
        return cleaned


class RecordCertificateForm(forms.ModelForm):
    """The operator records a certificate that is not on file yet.

    Pre-filled from the submission; the model's ``clean()`` applies the
    certificate rules (3–5 stars, stars from points, level, dates).
    """

    class Meta:
        model = OCOPCertificate
        fields = ["number", "stars", "score", "level", "issued_by", "issued_on",
                  "valid_until"]
        widgets = {"issued_on": DATE_INPUT, "valid_until": DATE_INPUT}
        help_texts = {"valid_until": _("Để trống: 36 tháng kể từ ngày cấp.")}

    @classmethod
    def initial_from(cls, submission):
        return {"number": submission.number, "stars": submission.stars,
                "issued_on": submission.issued_on}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
        error_messages={"required": _("Hãy ghi lý do.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_("Hãy ghi lý do."))
        return reason


class StatusChangeForm(ReasonForm):
    """Suspend, revoke or reinstate: which moves are allowed from which status."""

    MOVES = {
        "suspend": (OCOPCertificate.Status.SUSPENDED, _("Tạm đình chỉ")),
        "revoke": (OCOPCertificate.Status.REVOKED, _("Thu hồi")),
        "reinstate": (OCOPCertificate.Status.ACTIVE, _("Khôi phục hiệu lực")),
    }
    ALLOWED_FROM = {
        OCOPCertificate.Status.ACTIVE: ("suspend", "revoke"),
        OCOPCertificate.Status.SUSPENDED: ("reinstate", "revoke"),
        OCOPCertificate.Status.REVOKED: ("reinstate",),
    }

    action = forms.ChoiceField(label=_("Thao tác"), choices=[])
    field_order = ["action", "reason"]

    def __init__(self, *args, certificate, **kwargs):
        super().__init__(*args, **kwargs)
        self.certificate = certificate
        self.fields["action"].choices = [
            (name, self.MOVES[name][1]) for name in self.ALLOWED_FROM[certificate.status]
        ]
        self.fields["action"].error_messages["invalid_choice"] = _(
            "Thao tác này không áp dụng cho giấy chứng nhận đang ở trạng thái “%(status)s”."
        ) % {"status": certificate.get_status_display()}

    @property
    def new_status(self):
        return self.MOVES[self.cleaned_data["action"]][0]


class CertificateFilterForm(forms.Form):
    """Filters of the certificate list; every field optional."""

    STATES = [
        ("", _("Tất cả")),
        ("expiring", _("Cần gia hạn: hết hiệu lực trong 60 ngày hoặc vừa hết")),
        ("expired", _("Đã hết hiệu lực")),
    ]

    q = forms.CharField(label=_("Số GCN hoặc sản phẩm"), required=False)
    status = forms.ChoiceField(
        label=_("Trạng thái"), required=False,
        choices=[("", _("Tất cả"))] + list(OCOPCertificate.Status.choices),
    )
    stars = forms.TypedChoiceField(
        label=_("Số sao"), required=False, coerce=int, empty_value=None,
        choices=[("", _("Tất cả"))] + [(n, f"{n} ★") for n in rules.CERTIFIED_STARS],
    )
    province = forms.CharField(label=_("Mã tỉnh"), required=False, max_length=2)
    validity = forms.ChoiceField(label=_("Hiệu lực"), required=False, choices=STATES)
