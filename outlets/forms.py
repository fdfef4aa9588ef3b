"""Forms shared by the public pages, the Django admin and the dashboard.

- ``OutletFilterForm``: the public list's filter, a plain GET form that
  works without JavaScript; ``NearForm``: its "near me" position, also read
  by the product and trace pages (``outlet_tags``).
- ``province_field``: a select of the provinces a back-office user may
  manage; an officer picking another province gets a message naming its own.
- ``OutletPhotoForm``: photos go through ``shop.images`` (verified,
  re-encoded, no EXIF) before they are stored.
"""
from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from shop import divisions, images

from .models import Outlet, OutletPhoto
from .scoping import managed_province


def province_field(user, **kwargs):
    """A select of the provinces ``user`` may manage."""
    province = managed_province(user)
    choices = [(code, name) for code, name in divisions.province_choices()
               if province is None or code == province]
    message = _("Bạn chỉ được quản lý dữ liệu của tỉnh/thành mình phụ trách (%(name)s).") % {
        "name": divisions.province_name(province) if province else "—"
    }
    return forms.ChoiceField(
        label=kwargs.get("label", _("Tỉnh/thành phố")),
        choices=[("", "---------")] + choices,
        error_messages={"invalid_choice": message},
        help_text=kwargs.get("help_text", ""),
    )


class OutletPhotoForm(forms.ModelForm):
    """Photos are verified and re-encoded (no EXIF, ≤ 1600 px) before saving."""

    class Meta:
        model = OutletPhoto
        fields = ("image", "caption", "display_order")

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if isinstance(image, UploadedFile):  # a new upload, not the stored file
            return images.clean_upload(image)
        return image


class ProvinceTypeChoices:
    """Fills the ``province`` and ``type`` selects of a filter form ("all" first)."""

    def set_choices(self):
        self.fields["province"].choices = [("", _("Tất cả tỉnh/thành phố"))] + list(
            divisions.province_choices()
        )
        self.fields["type"].choices = [("", _("Tất cả loại điểm bán"))] + list(
            Outlet.Type.choices
        )


class NearForm(forms.Form):
    """"Near me": a position filled by the browser's geolocation, or typed by hand."""

    lat = forms.FloatField(label=_("Vĩ độ"), required=False, min_value=-90, max_value=90)
    lon = forms.FloatField(label=_("Kinh độ"), required=False, min_value=-180, max_value=180)

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lon") is None):
            raise forms.ValidationError(_("Cần cả vĩ độ và kinh độ để tìm điểm bán gần bạn."))
        return data

    @property
    def near(self):
        """``(lat, lon)`` when the visitor gave a valid position, else None."""
        if self.is_bound and self.is_valid() and self.cleaned_data.get("lat") is not None:
            return self.cleaned_data["lat"], self.cleaned_data["lon"]
        return None


class OutletFilterForm(ProvinceTypeChoices, NearForm):
    province = forms.ChoiceField(label=_("Tỉnh/thành phố"), required=False)
    commune = forms.ChoiceField(label=_("Xã/phường"), required=False)
    type = forms.ChoiceField(label=_("Loại điểm bán"), required=False)
    field_order = ["province", "commune", "type", "lat", "lon"]

    def __init__(self, data=None, *, communes=(), **kwargs):
        super().__init__(data, **kwargs)
        self.set_choices()
        self.fields["commune"].choices = [("", _("Tất cả xã/phường"))] + list(communes)
