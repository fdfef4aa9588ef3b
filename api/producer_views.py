"""The producer write API: stock and price of the token's own products.

Every lookup is filtered to the token's producer, so another producer's
product answers 404 to GET and PATCH alike, and nothing changes. Price and
stock apply at once, as in the dashboard (no moderation): they are the
producer's own commercial facts. Prices are whole đồng.
"""
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from oscar.core.loading import get_model
from rest_framework import generics, serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import JSONRenderer

from .authentication import ProducerTokenAuthentication
from .pagination import Pagination
from .schema import AUTH_ERRORS
from .throttling import ProducerThrottle
from .views import BoundedIdMixin

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

#: StockRecord.price is DECIMAL(12, 2): at most 10 digits of đồng.
MAX_PRICE = 10**10 - 1
MAX_STOCK = 10**7


class StockPriceSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(source="get_title", read_only=True)
    is_listed = serializers.BooleanField(read_only=True)
    sku = serializers.CharField(read_only=True, allow_null=True)
    price = serializers.IntegerField(
        min_value=0, max_value=MAX_PRICE, allow_null=True, required=False,
        help_text="Giá bán (đồng); null: chưa có giá (hiện “Liên hệ”)")
    num_in_stock = serializers.IntegerField(min_value=0, max_value=MAX_STOCK, required=False,
                                            help_text="Số lượng tồn kho")

    def to_representation(self, product):
        record = product.own_stockrecord
        return {
            "id": product.pk,
            "title": product.get_title(),
            "is_listed": product.is_listed,
            "sku": record.partner_sku if record else None,
            "price": int(record.price) if record and record.price is not None else None,
            "num_in_stock": (record.num_in_stock or 0) if record else 0,
        }

    @transaction.atomic
    def update(self, product, validated_data):
        """Apply what was sent; an empty PATCH changes nothing (and creates nothing)."""
        if not validated_data:
            return product
        record = product.own_stockrecord
        if record is None:
            record = StockRecord(product=product, partner=product.owner,
                                 partner_sku=_free_sku(product), price=None, num_in_stock=0)
        if "price" in validated_data:
            record.price = validated_data["price"]
        if "num_in_stock" in validated_data:
            allocated = record.num_allocated or 0
            if validated_data["num_in_stock"] < allocated:
                raise serializers.ValidationError({"num_in_stock": [
                    _("Tồn kho không được nhỏ hơn số đã được đặt mua mà chưa giao (%(n)d).")
                    % {"n": allocated}]})
            record.num_in_stock = validated_data["num_in_stock"]
        record.save()
        product.own_stockrecord = record
        return product


def _free_sku(product):
    base = product.upc or f"OCOP-{product.pk}"
    sku, n = base, 2
    while StockRecord.objects.filter(partner=product.owner, partner_sku=sku).exists():
        sku, n = f"{base}-{n}", n + 1
    return sku


class ProducerProductMixin(BoundedIdMixin):
    authentication_classes = [ProducerTokenAuthentication]
    permission_classes = [IsAuthenticated]
    throttle_classes = [ProducerThrottle]
    renderer_classes = [JSONRenderer]
    serializer_class = StockPriceSerializer
    pagination_class = Pagination

    def get_queryset(self):
        producer = self.request.auth.producer
        return (
            Product.objects.filter(Q(producer=producer) | Q(parent__producer=producer))
            .exclude(structure=Product.PARENT)
            .base_queryset()
            .select_related("parent__producer")
            .order_by("pk")
        )

    def _own(self, product):
        """The product's stock record of the token's producer (prefetched)."""
        producer = self.request.auth.producer
        product.owner = producer
        product.own_stockrecord = next(
            (r for r in product.stockrecords.all() if r.partner_id == producer.pk), None)
        return product

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return [self._own(product) for product in page] if page is not None else None

    def get_object(self):
        return self._own(super().get_object())


@extend_schema_view(get=extend_schema(
    summary="Sản phẩm của chủ thể (giá, tồn kho)", responses={200: StockPriceSerializer,
                                                            **AUTH_ERRORS}))
class ProducerProductList(ProducerProductMixin, generics.ListAPIView):
    """Sản phẩm của chủ thể gắn với khóa API (Authorization: Bearer <khóa>)."""


@extend_schema_view(
    get=extend_schema(summary="Giá và tồn kho của một sản phẩm",
                      responses={200: StockPriceSerializer, **AUTH_ERRORS}),
    patch=extend_schema(summary="Cập nhật giá và/hoặc tồn kho",
                        responses={200: StockPriceSerializer, **AUTH_ERRORS}),
)
class ProducerProductDetail(ProducerProductMixin, generics.RetrieveUpdateAPIView):
    """Sản phẩm của chủ thể khác: 404. Giá (đồng) và tồn kho có hiệu lực ngay."""

    http_method_names = ["get", "patch", "head", "options"]
