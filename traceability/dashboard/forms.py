"""Dashboard forms for zones, batches, events, uploads, serials and reports.

Every choice of a related record (product, zone, producer) is limited to
what the user may see (``scoping``), so a forged POST naming another
producer's record fails validation like a typo would.
"""
from django import forms
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shop import divisions

from .. import serials as serial_codes
from ..models import Batch, ConsumerReport, RawMaterialZone, TraceEvent, ZoneCertification
from ..models.events import TIMEZONE_OFFSET, offset_timezone
from . import scoping

#: What the browser's date picker sends, and what people type.
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DATETIME_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y"]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ZoneForm(forms.ModelForm):
    province_code = forms.ChoiceField(label=_("Tỉnh/thành phố"), required=False)
    commune_code = forms.CharField(
        label=_("Xã/phường"), required=False, max_length=100,
        help_text=_("Tên hoặc mã xã/phường theo danh mục từ 1/7/2025."),
    )

    class Meta:
        model = RawMaterialZone
        fields = ["producer", "name", "province_code", "commune_code", "latitude", "longitude",
                  "area_ha", "produce", "planting_area_code"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["producer"].queryset = scoping.producers(user)
        self.fields["province_code"].choices = [("", "—")] + divisions.province_choices()
        if self.instance.commune_code and not self.is_bound:
            self.initial["commune_code"] = self.instance.commune_name

    def clean(self):
        cleaned = super().clean()
        commune, province = cleaned.get("commune_code"), cleaned.get("province_code")
        if commune:
            ward = divisions.find_commune(commune, province or "")
            if ward is None:
                self.add_error("commune_code", _(
                    "Không tìm thấy xã/phường “%(name)s” thuộc tỉnh/thành đã chọn."
                ) % {"name": commune})
            else:
                cleaned["commune_code"] = divisions.ward_code(ward)
        return cleaned


ZoneCertificationFormSet = inlineformset_factory(
    RawMaterialZone, ZoneCertification,
    fields=["scheme", "scheme_name", "number", "issued_by", "valid_from", "valid_until"],
    widgets={"valid_from": DateInput(), "valid_until": DateInput()},
    field_classes={"valid_from": forms.DateField, "valid_until": forms.DateField},
    extra=1, can_delete=True,
)
for _name in ("valid_from", "valid_until"):
    ZoneCertificationFormSet.form.base_fields[_name].input_formats = DATE_FORMATS


class BatchForm(forms.ModelForm):
    production_date = forms.DateField(
        label=_("Ngày sản xuất"), required=False, widget=DateInput(), input_formats=DATE_FORMATS
    )
    expiry_date = forms.DateField(
        label=_("Hạn sử dụng"), required=False, widget=DateInput(), input_formats=DATE_FORMATS
    )

    class Meta:
        model = Batch
        fields = ["product", "lot", "production_date", "expiry_date", "quantity", "zones"]
        widgets = {"zones": forms.CheckboxSelectMultiple}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["product"].queryset = scoping.products(user)
        self.fields["zones"].queryset = scoping.zones(user).select_related("producer")

    def clean(self):
        cleaned = super().clean()
        product, zones = cleaned.get("product"), cleaned.get("zones")
        if product and zones:
            foreign = [zone.name for zone in zones if zone.producer_id != product.producer_id]
            if foreign:
                self.add_error("zones", _(
                    "Vùng không thuộc chủ thể của sản phẩm: %(zones)s."
                ) % {"zones": ", ".join(foreign)})
        return cleaned


class EventForm(forms.ModelForm):
    """The time is typed as read on the clock where the event happened, in
    the offset given beside it (EPCIS eventTime + eventTimeZoneOffset)."""

    event_time = forms.DateTimeField(
        label=_("Thời điểm (giờ tại nơi diễn ra)"), input_formats=DATETIME_FORMATS,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    class Meta:
        model = TraceEvent
        fields = ["event_type", "biz_step", "event_time", "event_timezone", "disposition",
                  "read_point", "biz_location", "zone", "who", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, batch, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.batch = batch
        self.fields["zone"].queryset = RawMaterialZone.objects.filter(
            producer_id=batch.product.producer_id
        )
        if self.instance.pk and not self.is_bound:
            self.initial["event_time"] = self.instance.time_at_origin.replace(tzinfo=None)

    def clean(self):
        cleaned = super().clean()
        moment, offset = cleaned.get("event_time"), cleaned.get("event_timezone")
        if moment and offset and TIMEZONE_OFFSET.match(offset):
            local = timezone.make_naive(moment) if timezone.is_aware(moment) else moment
            cleaned["event_time"] = local.replace(tzinfo=offset_timezone(offset))
        return cleaned


class EventUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp CSV hoặc XLSX"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )


class SerialsForm(forms.Form):
    #: A web request draws at most this many; the command does more.
    MAX = 10_000
    count = forms.IntegerField(label=_("Số serial cần tạo"), min_value=1, max_value=MAX)

    def generate(self, batch):
        return serial_codes.generate_serials(batch, self.cleaned_data["count"])


class ReportStatusForm(forms.ModelForm):
    class Meta:
        model = ConsumerReport
        fields = ["status", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance.status
        allowed = {current, *self.instance.next_statuses()}
        self.fields["status"].choices = [
            (value, label) for value, label in ConsumerReport.Status.choices if value in allowed
        ]
