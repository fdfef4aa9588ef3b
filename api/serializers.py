"""What the public API says about products, producers, outlets, certificates, events.

Serializers read only what the views prefetch (certificates, stock
records, images, categories, hours, assortments), so a page of any size
costs the same number of queries.
"""
import zoneinfo

from django.conf import settings
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from catalog.groups import group_name
from outlets import openinghours

from . import status


def _absolute(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None and url else url


def _price(product):
    """The producer's price in đồng (no minor unit), or None ("Liên hệ")."""
    record = _stockrecord(product)
    return int(record.price) if record is not None and record.price is not None else None


def _stockrecord(product):
    records = list(product.stockrecords.all())
    own = [r for r in records if r.partner_id == product.producer_id]
    return (own or records or [None])[0]


class ProducerSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    name = serializers.CharField()
    producer_type = serializers.CharField()
    province_code = serializers.CharField()
    province_name = serializers.CharField()


class CertificateSerializer(serializers.Serializer):
    """A certificate as recorded, and what it says today."""

    number = serializers.CharField()
    stars = serializers.IntegerField()
    score = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True,
                                     coerce_to_string=False)
    level = serializers.CharField(help_text="central, province hoặc district")
    level_name = serializers.CharField(source="get_level_display")
    issued_by = serializers.CharField()
    issued_on = serializers.DateField()
    valid_until = serializers.DateField()
    status = serializers.CharField(help_text="active, suspended hoặc revoked (như đã ghi nhận)")
    status_name = serializers.CharField(source="get_status_display")
    status_changed_on = serializers.DateField(allow_null=True)
    status_reason = serializers.CharField()
    state = serializers.ChoiceField(
        choices=["valid", "expiring", "not_yet_valid", "expired", "suspended", "revoked"],
        help_text="Tình trạng hôm nay (giờ Việt Nam)",
    )
    state_label = serializers.SerializerMethodField()
    is_valid_today = serializers.SerializerMethodField()
    checked_on = serializers.SerializerMethodField()

    def get_state_label(self, certificate) -> str:
        return status.state_words(certificate)

    def get_is_valid_today(self, certificate) -> bool:
        return certificate.is_valid_on(timezone.localdate())

    def get_checked_on(self, certificate) -> str:
        return timezone.localdate().isoformat()


class ProductSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField(source="get_title")
    url = serializers.SerializerMethodField()
    group = serializers.SerializerMethodField()
    group_name = serializers.SerializerMethodField()
    stars = serializers.SerializerMethodField()
    price = serializers.SerializerMethodField(help_text="Giá (đồng); null: liên hệ")
    currency = serializers.SerializerMethodField()
    in_stock = serializers.SerializerMethodField()
    image = serializers.SerializerMethodField()
    producer = ProducerSummarySerializer(allow_null=True)
    certificate = CertificateSerializer(allow_null=True)

    def get_url(self, product) -> str:
        return _absolute(self.context, product.get_absolute_url())

    @extend_schema_field(OpenApiTypes.STR)
    def get_group(self, product) -> str | None:
        roots = self.context.get("group_roots", {})
        for category in product.categories.all():
            code = roots.get(category.path[: category.steplen])
            if code:
                return code
        return None

    def get_group_name(self, product) -> str | None:
        code = self.get_group(product)
        return group_name(code) if code else None

    def get_stars(self, product) -> int | None:
        return product.certificate.stars if product.certificate else None

    def get_price(self, product) -> int | None:
        return _price(product)

    def get_currency(self, product) -> str:
        return "VND"

    def get_in_stock(self, product) -> bool:
        record = _stockrecord(product)
        return bool(record is not None and record.net_stock_level and
                    record.net_stock_level > 0)

    def get_image(self, product) -> str | None:
        images = list(product.images.all())
        return _absolute(self.context, images[0].original.url) if images else None


class ProductDetailSerializer(ProductSerializer):
    description = serializers.CharField()
    images = serializers.SerializerMethodField()

    def get_images(self, product) -> list[str]:
        return [_absolute(self.context, image.original.url) for image in product.images.all()]


class ProducerSerializer(ProducerSummarySerializer):
    commune_code = serializers.CharField()
    commune_name = serializers.CharField()
    address = serializers.CharField(source="full_address")
    website = serializers.CharField()
    description = serializers.CharField()
    listed_products = serializers.IntegerField(source="listed_count")
    url = serializers.SerializerMethodField()

    def get_url(self, producer) -> str:
        return _absolute(self.context, producer.get_absolute_url())


@extend_schema_field({"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$",
                      "example": "07:30"})
class HourMinuteField(serializers.TimeField):
    """A time of day as people write it, "07:30" (not RFC 3339's "07:30:00")."""

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class OpeningPeriodSerializer(serializers.Serializer):
    weekday = serializers.IntegerField(min_value=0, max_value=6,
                                       help_text="0 = Thứ Hai … 6 = Chủ nhật")
    opens = HourMinuteField()
    closes = HourMinuteField(help_text="00:00 là nửa đêm cuối ngày")


class CarriedProductSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="product_id")
    title = serializers.CharField(source="product.get_title")


class OutletSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    name = serializers.CharField()
    outlet_type = serializers.CharField()
    outlet_type_name = serializers.CharField(source="get_outlet_type_display")
    operator = serializers.CharField()
    province_code = serializers.CharField()
    province_name = serializers.CharField()
    commune_code = serializers.CharField()
    commune_name = serializers.CharField()
    address = serializers.CharField(source="full_address")
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    phone = serializers.CharField()
    opening_hours = serializers.SerializerMethodField(
        help_text="Giờ mở cửa theo cú pháp opening_hours của OpenStreetMap")
    opening_periods = OpeningPeriodSerializer(many=True, source="opening_periods.all")
    open_now = serializers.SerializerMethodField()
    distance_km = serializers.SerializerMethodField()
    products = CarriedProductSerializer(many=True, source="listed_assortment")
    url = serializers.SerializerMethodField()

    def get_opening_hours(self, outlet) -> str:
        return openinghours.format(outlet.opening_periods.all(),
                                   outlet.opening_exceptions.all())

    def get_open_now(self, outlet) -> bool:
        return bool(outlet.open_state().is_open)

    def get_distance_km(self, outlet) -> float | None:
        distance = getattr(outlet, "distance_km", None)
        return round(distance, 3) if distance is not None else None

    def get_url(self, outlet) -> str:
        return _absolute(self.context, outlet.get_absolute_url())


class ProductLinkSerializer(serializers.Serializer):
    """A product named and linked to its page."""

    id = serializers.IntegerField()
    title = serializers.CharField(source="get_title")
    url = serializers.SerializerMethodField()

    def get_url(self, product) -> str:
        return _absolute(self.context, product.get_absolute_url())


class VerificationSerializer(CertificateSerializer):
    """A certificate looked up by number, whatever its state."""

    product = ProductLinkSerializer()
    producer = ProducerSummarySerializer(source="product.producer", allow_null=True)
    badge_url = serializers.SerializerMethodField()

    def get_badge_url(self, certificate) -> str:
        from django.urls import reverse

        return _absolute(self.context, reverse("api-badge", args=[certificate.number]))


class ProducerNameSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class VietnamTimeField(serializers.DateTimeField):
    """ISO 8601 in Asia/Ho_Chi_Minh (+07:00), whatever zone a request may activate."""

    def __init__(self, **kwargs):
        super().__init__(default_timezone=zoneinfo.ZoneInfo(settings.TIME_ZONE),
                         help_text="ISO 8601, giờ Việt Nam (+07:00)", **kwargs)


class EventSerializer(serializers.Serializer):
    """An event page after ``api.events.prepare``: ``shown`` is its version in the
    request's language, ``listed`` its products listed today."""

    id = serializers.IntegerField()
    title = serializers.CharField(source="shown.title")
    kind = serializers.ChoiceField(choices=["trade_fair", "livestream"])
    kind_name = serializers.CharField(source="get_kind_display")
    start = VietnamTimeField()
    end = VietnamTimeField()
    place = serializers.CharField(source="shown.place", help_text="Địa điểm (hội chợ)")
    province_code = serializers.CharField(help_text="Mã tỉnh/thành (2025), trống nếu không có")
    province_name = serializers.CharField()
    stream_url = serializers.CharField(source="shown.stream_url",
                                       help_text="Đường dẫn phát trực tiếp (livestream)")
    intro = serializers.CharField(source="shown.intro")
    url = serializers.SerializerMethodField()
    ics_url = serializers.SerializerMethodField(help_text="Tệp .ics “Thêm vào lịch”")
    producers = ProducerNameSerializer(many=True, source="producers.all")
    products = ProductLinkSerializer(many=True, source="listed",
                                     help_text="Chỉ sản phẩm đang được công nhận hôm nay")

    def get_url(self, event) -> str:
        return _absolute(self.context, event.shown.url)

    def get_ics_url(self, event) -> str:
        return _absolute(self.context, event.shown.ics_url)
