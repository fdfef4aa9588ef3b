"""Forms of the officers' dashboard section.

The rules are the models' own (``Outlet.clean``: official codes that belong
together, coordinates in pairs; ``Inspection.clean``: a deadline when a fix
is needed) and ``outlets.assortment`` (listed products only, with the
reason). These forms only add who may pick which province.
"""
from django import forms
from django.db.models import Q
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from ..assortment import unlisted_reason
from ..forms import OutletPhotoForm, ProvinceTypeChoices, province_field
from ..models import Inspection, OpeningException, OpeningPeriod, Outlet, OutletPhoto

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class OutletFilterForm(ProvinceTypeChoices, forms.Form):
    """The dashboard list's filter: every province is readable."""

    province = forms.ChoiceField(label=_("Tỉnh/thành phố"), required=False)
    type = forms.ChoiceField(label=_("Loại điểm bán"), required=False)
    status = forms.ChoiceField(label=_("Trạng thái"), required=False)
    q = forms.CharField(label=_("Tên, số quyết định"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_choices()
        self.fields["status"].choices = [("", _("Mọi trạng thái"))] + list(
            Outlet.Status.choices)

    def apply(self, outlets):
        if not self.is_valid():
            return outlets
        data = self.cleaned_data
        if data["province"]:
            outlets = outlets.filter(province_code=data["province"])
        if data["type"]:
            outlets = outlets.filter(outlet_type=data["type"])
        if data["status"]:
            outlets = outlets.filter(status=data["status"])
        if data["q"]:
            outlets = outlets.filter(Q(name__icontains=data["q"])
                                     | Q(approval_no__icontains=data["q"]))
        return outlets


class OutletForm(forms.ModelForm):
    """An outlet's own facts. Its status changes only with a reason (history)."""

    class Meta:
        model = Outlet
        fields = ("name", "outlet_type", "operator", "province_code", "commune_code",
                  "street_address", "latitude", "longitude", "phone", "approval_no",
                  "approved_on", "description")
        widgets = {"approved_on": DATE}
        help_texts = {
            "commune_code": _("Mã xã/phường chính thức từ 1/7/2025 (5 chữ số, ví dụ 19786)."),
            "latitude": _("Độ thập phân WGS 84, ví dụ 16.456400."),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province_code"] = province_field(user)


OpeningPeriodFormSet = inlineformset_factory(
    Outlet, OpeningPeriod, fields=("weekday", "opens", "closes"), extra=1,
    widgets={"opens": TIME, "closes": TIME},
)
OpeningExceptionFormSet = inlineformset_factory(
    Outlet, OpeningException, fields=("date", "closed", "opens", "closes", "reason"), extra=1,
    widgets={"date": DATE, "opens": TIME, "closes": TIME},
)
OutletPhotoFormSet = inlineformset_factory(Outlet, OutletPhoto, form=OutletPhotoForm, extra=1)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Trạng thái mới"), choices=Outlet.Status.choices)
    reason = forms.CharField(label=_("Lý do"), max_length=500,
                             help_text=_("Ví dụ: sửa chữa nhà ga, hết hợp đồng."))


class AssortmentForm(forms.Form):
    """Add one product, found by its id or UPC; unlisted ones are refused with why."""

    product = forms.CharField(label=_("Mã sản phẩm (ID hoặc UPC)"), max_length=64)

    def clean_product(self):
        Product = get_model("catalogue", "Product")
        code = self.cleaned_data["product"].strip()
        lookup = Q(upc=code) | (Q(pk=int(code)) if code.isdigit() else Q(pk__in=[]))
        product = Product.objects.filter(lookup).first()
        if product is None:
            raise forms.ValidationError(
                _("Không tìm thấy sản phẩm có mã “%(code)s”."), params={"code": code})
        reason = unlisted_reason(product)
        if reason:
            raise forms.ValidationError(reason)
        return product


class InspectionForm(forms.ModelForm):
    class Meta:
        model = Inspection
        fields = ("date", "inspector", "result", "findings", "follow_up_deadline",
                  "follow_up_done_on")
        widgets = {"date": DATE, "follow_up_deadline": DATE, "follow_up_done_on": DATE}
