"""The public list's filter: a plain GET form that works without JavaScript."""
from django import forms
from django.utils.translation import gettext_lazy as _

from shop import divisions

from .models import Outlet


class OutletFilterForm(forms.Form):
    province = forms.ChoiceField(label=_("Tỉnh/thành phố"), required=False)
    commune = forms.ChoiceField(label=_("Xã/phường"), required=False)
    type = forms.ChoiceField(label=_("Loại điểm bán"), required=False)
    # "Near me": filled by the browser's geolocation, or typed by hand.
    lat = forms.FloatField(label=_("Vĩ độ"), required=False, min_value=-90, max_value=90)
    lon = forms.FloatField(label=_("Kinh độ"), required=False, min_value=-180, max_value=180)

    def __init__(self, data=None, *, communes=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["province"].choices = [("", _("Tất cả tỉnh/thành phố"))] + list(
            divisions.province_choices()
        )
        self.fields["commune"].choices = [("", _("Tất cả xã/phường"))] + list(communes)
        self.fields["type"].choices = [("", _("Tất cả loại điểm bán"))] + list(
            Outlet.Type.choices
        )

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lon") is None):
            raise forms.ValidationError(_("Cần cả vĩ độ và kinh độ để tìm điểm bán gần bạn."))
        return data

    @property
    def near(self):
        """``(lat, lon)`` when the visitor gave a valid position, else None."""
        if self.is_valid() and self.cleaned_data.get("lat") is not None:
            return self.cleaned_data["lat"], self.cleaned_data["lon"]
        return None
