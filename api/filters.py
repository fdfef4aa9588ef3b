"""Query parameters of the lists, checked like a form.

Each parameter set is a serializer, so a bad value answers 400 with a
Vietnamese message (never a 500, never an ignored filter) and the OpenAPI
schema lists the parameters from the same class. An empty text or choice
(``province=``) means "all", as an HTML form sends it; an empty number is
an error. The product filters are the search facets: stars, group,
province, producer type, price, text.
Events are filtered by time, kind, province (the editor's 2025 province
code; the place itself is free text) and participating producer.
"""
import re

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from oscar.core.loading import get_model
from rest_framework import serializers

from catalog.groups import GROUP_CODES, group_categories
from catalog.managers import MIN_LISTED_STARS, valid_certificates
from cms.models import EventPage
from outlets.geo import with_distance
from shop import divisions

from . import events

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Outlet = get_model("outlets", "Outlet")

MAX_PRICE = 10**12
#: The largest id a database row can have (64-bit); larger numbers would
#: overflow SQLite's integers instead of simply matching nothing.
MAX_ID = 2**63 - 1


def _province_field():
    return serializers.ChoiceField(
        choices=[code for code, _name in divisions.province_choices()], required=False,
        allow_blank=True,
        help_text=_("Mã tỉnh/thành (2025)"),
        error_messages={"invalid_choice": _("Mã tỉnh/thành “{input}” không có trong danh mục "
                                            "34 tỉnh/thành năm 2025.")},
    )


#: Text without NUL, which the site refuses before any view runs (the schema says so).
NO_NUL_PATTERN = "^[^\\u0000]*$"
TEXT_MAX_LENGTH = 100


@extend_schema_field({"type": "string", "maxLength": TEXT_MAX_LENGTH, "pattern": NO_NUL_PATTERN})
class TextField(serializers.CharField):
    pass


def _text_field():
    return TextField(required=False, allow_blank=True, max_length=TEXT_MAX_LENGTH,
                     help_text=_("Tìm theo tên"))


class QueryFilter(serializers.Serializer):
    """Parameters that map one-to-one onto a lookup; subclasses add the others."""

    #: parameter → ORM lookup, applied when the parameter is given (not empty).
    lookups: dict = {}

    def apply(self, queryset):
        for name, lookup in self.lookups.items():
            value = self.validated_data.get(name)
            if value not in (None, ""):
                queryset = queryset.filter(**{lookup: value})
        return queryset


class ProducerFilter(QueryFilter):
    province = _province_field()
    producer_type = serializers.ChoiceField(choices=Partner.ProducerType.values, required=False,
                                            allow_blank=True)
    q = _text_field()
    lookups = {"province": "province_code", "producer_type": "producer_type",
               "q": "name__icontains"}


class NumberField(serializers.IntegerField):
    """A whole-number parameter whose errors are in Vietnamese (DRF has no vi catalogue)."""

    default_error_messages = {
        "invalid": _("Phải là số nguyên."),
        "max_value": _("Phải nhỏ hơn hoặc bằng {max_value}."),
        "min_value": _("Phải lớn hơn hoặc bằng {min_value}."),
        "max_string_length": _("Số quá lớn."),
    }

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)


def _producer_field():
    return NumberField(min_value=1, max_value=MAX_ID, help_text=_("Mã số (id) chủ thể"))


class ProductFilter(QueryFilter):
    stars = NumberField(min_value=MIN_LISTED_STARS, max_value=5)
    group = serializers.ChoiceField(choices=GROUP_CODES, required=False, allow_blank=True)
    province = _province_field()
    producer_type = serializers.ChoiceField(choices=Partner.ProducerType.values, required=False,
                                            allow_blank=True)
    producer = _producer_field()
    price_min = NumberField(min_value=0, max_value=MAX_PRICE)
    price_max = NumberField(min_value=0, max_value=MAX_PRICE)
    q = _text_field()
    lookups = {"province": "producer__province_code",
               "producer_type": "producer__producer_type", "producer": "producer_id"}

    def apply(self, queryset):
        queryset = super().apply(queryset)
        data = self.validated_data
        if data.get("stars"):
            # Stars of the certificate that lists the product today.
            queryset = queryset.filter(Exists(valid_certificates().filter(
                product=OuterRef("pk"), stars=data["stars"])))
        if data.get("group"):
            root = group_categories().get(data["group"])
            path = root.path if root else "-"
            queryset = queryset.filter(categories__path__startswith=path).distinct()
        prices = Q()
        if data.get("price_min") is not None:
            prices &= Q(price__gte=data["price_min"])
        if data.get("price_max") is not None:
            prices &= Q(price__lte=data["price_max"])
        if prices:
            queryset = queryset.filter(Exists(StockRecord.objects.filter(
                prices, product=OuterRef("pk"), partner=OuterRef("producer"))))
        if data.get("q"):
            queryset = queryset.filter(
                Q(title__icontains=data["q"]) | Q(producer__name__icontains=data["q"]))
        return queryset


#: ``lat,lon``: latitude −90…90, longitude −180…180, in decimal degrees. The
#: ranges are in the pattern so the OpenAPI schema states them exactly.
NEAR_PATTERN = (
    r"^(|-?(90(\.0+)?|[1-8]?[0-9](\.[0-9]+)?),"
    r"-?(180(\.0+)?|(1[0-7][0-9]|[1-9]?[0-9])(\.[0-9]+)?))$"
)
NEAR_MAX_LENGTH = 64


@extend_schema_field({"type": "string", "pattern": NEAR_PATTERN, "maxLength": NEAR_MAX_LENGTH,
                      "example": "21.0285,105.8542"})
class NearField(serializers.CharField):
    """``lat,lon`` in decimal degrees (WGS 84)."""

    default_error_messages = {
        "format": _("Vị trí phải có dạng vĩ độ,kinh độ, ví dụ 21.0285,105.8542."),
    }

    def to_internal_value(self, data):
        text = super().to_internal_value(data)
        if len(text) > NEAR_MAX_LENGTH or not re.match(NEAR_PATTERN, text):
            self.fail("format")
        lat, lon = (float(part) for part in text.split(","))
        return lat, lon


class OutletFilter(QueryFilter):
    province = _province_field()
    type = serializers.ChoiceField(choices=Outlet.Type.values, required=False, allow_blank=True)
    near = NearField(required=False, allow_blank=True,
                     help_text=_("vĩ độ,kinh độ: điểm bán gần nhất trước, kèm distance_km"))
    q = _text_field()
    lookups = {"province": "province_code", "type": "outlet_type", "q": "name__icontains"}

    def apply(self, queryset):
        queryset = super().apply(queryset)
        near = self.validated_data.get("near")
        if near:
            return with_distance(queryset, *near).order_by("distance_km", "pk")
        return queryset.order_by("slug", "pk")


class EventFilter(QueryFilter):
    when = serializers.ChoiceField(
        choices=["upcoming", "past", "all"], required=False, allow_blank=True,
        help_text=_("upcoming (mặc định): chưa kết thúc; past: đã kết thúc; all: tất cả"),
        error_messages={"invalid_choice": _("“{input}” không hợp lệ: chọn upcoming, past "
                                            "hoặc all.")},
    )
    kind = serializers.ChoiceField(
        choices=EventPage.Kind.values, required=False, allow_blank=True,
        help_text=_("trade_fair: hội chợ, triển lãm; livestream: phiên livestream bán hàng"),
        error_messages={"invalid_choice": _("Loại sự kiện “{input}” không có: chọn "
                                            "trade_fair hoặc livestream.")},
    )
    province = _province_field()
    producer = _producer_field()
    lookups = {"kind": "kind", "province": "province_code", "producer": "producers__id"}

    def apply(self, queryset):
        return events.when(super().apply(queryset), self.validated_data.get("when"))
