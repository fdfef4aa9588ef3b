"""The public, read-only API: listed products, producers, outlets, events, verification.

Every list starts from the listing rule (``Product.objects.browsable()`` /
``listed()`` in catalog/managers.py), never a copy of it, so an unlisted
product cannot appear. Verification is the exception on purpose: it answers
for every certificate ever recorded, lapsed or not, and says what it is
today. Answers carry ETag / Last-Modified (conditional GET), Cache-Control
and CORS headers (api/http.py) and are rate-limited per client.
"""
from django.conf import settings
from django.db.models import Count, Prefetch, Q
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from oscar.core.loading import get_model
from rest_framework import generics
from rest_framework import serializers as drf_serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from catalog.groups import group_categories

from . import events, filters, http, serializers
from .pagination import Pagination
from .schema import BASIC, ERRORS, NOT_FOUND
from .throttling import PublicThrottle

Product = get_model("catalogue", "Product")
Partner = get_model("partner", "Partner")
Outlet = get_model("outlets", "Outlet")
OutletProduct = get_model("outlets", "OutletProduct")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")


class BoundedIdMixin:
    """An id no database row can have is not found (instead of overflowing SQLite)."""

    def get_object(self):
        if self.kwargs.get("pk", 0) > filters.MAX_ID:
            raise Http404
        return super().get_object()


class PublicReadMixin(BoundedIdMixin):
    """Anonymous, GET only, JSON, throttled, conditional, CORS-enabled."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [PublicThrottle]
    renderer_classes = [JSONRenderer]
    http_method_names = ["get", "head", "options"]
    pagination_class = Pagination
    #: Query-parameter serializer (api/filters.py) of a list, if any.
    filter_class = None

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response.render()
        return http.conditional(request, response, settings.OCOP_API_MAX_AGE)

    def filter_queryset(self, queryset):
        if self.filter_class is None:
            return queryset
        # A plain dict: DRF would quietly drop an empty number from a QueryDict.
        params = self.filter_class(data=self.request.query_params.dict())
        params.is_valid(raise_exception=True)
        return params.apply(queryset)


def _listed_products():
    return Product.objects.browsable().base_queryset().prefetch_related("categories")


class ProductMixin(PublicReadMixin):
    def get_queryset(self):
        return _listed_products().order_by("-date_created", "pk")

    def get_serializer_context(self):
        roots = {category.path: code for code, category in group_categories().items()}
        return {**super().get_serializer_context(), "group_roots": roots}


@extend_schema_view(get=extend_schema(
    summary="Sản phẩm OCOP đang được công nhận",
    parameters=[filters.ProductFilter], responses={200: serializers.ProductSerializer,
                                                   **ERRORS}))
class ProductList(ProductMixin, generics.ListAPIView):
    """Chỉ sản phẩm có giấy chứng nhận OCOP 3–5 sao còn hiệu lực hôm nay; lọc như trang tìm kiếm."""

    serializer_class = serializers.ProductSerializer
    filter_class = filters.ProductFilter


@extend_schema_view(get=extend_schema(
    summary="Một sản phẩm và giấy chứng nhận hiện hành",
    responses={200: serializers.ProductDetailSerializer, **NOT_FOUND}))
class ProductDetail(ProductMixin, generics.RetrieveAPIView):
    """Sản phẩm không còn được công nhận trả lời 404 (tra cứu giấy chứng nhận vẫn trả lời)."""

    serializer_class = serializers.ProductDetailSerializer


class ProducerMixin(PublicReadMixin):
    serializer_class = serializers.ProducerSerializer

    def get_queryset(self):
        listed = Product.objects.browsable()
        return (
            Partner.objects.annotate(
                listed_count=Count("products", filter=Q(products__in=listed)))
            .filter(listed_count__gt=0)
            .order_by("name", "pk")
        )


@extend_schema_view(get=extend_schema(
    summary="Chủ thể OCOP có sản phẩm đang được công nhận",
    parameters=[filters.ProducerFilter],
    responses={200: serializers.ProducerSerializer, **ERRORS}))
class ProducerList(ProducerMixin, generics.ListAPIView):
    """Chủ thể có ít nhất một sản phẩm đang được công nhận, kèm số sản phẩm đó."""

    filter_class = filters.ProducerFilter


@extend_schema_view(get=extend_schema(
    summary="Một chủ thể OCOP", responses={200: serializers.ProducerSerializer, **NOT_FOUND}))
class ProducerDetail(ProducerMixin, generics.RetrieveAPIView):
    """Chủ thể có ít nhất một sản phẩm đang được công nhận."""


class OutletMixin(PublicReadMixin):
    serializer_class = serializers.OutletSerializer

    def get_queryset(self):
        carried = (
            OutletProduct.objects.filter(product__in=Product.objects.listed())
            .select_related("product__parent")
            .order_by("product__title", "pk")
        )
        return (
            Outlet.objects.active()
            .with_hours()
            .prefetch_related(Prefetch("assortment", queryset=carried,
                                       to_attr="listed_assortment"))
            .order_by("slug", "pk")
        )


@extend_schema_view(get=extend_schema(
    summary="Điểm giới thiệu và bán sản phẩm OCOP đang hoạt động",
    parameters=[filters.OutletFilter], responses={200: serializers.OutletSerializer, **ERRORS}))
class OutletList(OutletMixin, generics.ListAPIView):
    """Tọa độ, giờ mở cửa, đang mở hay không và sản phẩm đang được công nhận có bày bán;
    near=vĩ độ,kinh độ xếp điểm gần nhất trước."""

    filter_class = filters.OutletFilter


@extend_schema_view(get=extend_schema(
    summary="Một điểm bán OCOP", responses={200: serializers.OutletSerializer, **NOT_FOUND}))
class OutletDetail(OutletMixin, generics.RetrieveAPIView):
    """Một điểm bán đang hoạt động."""


class EventMixin(PublicReadMixin):
    """Live, public event pages, each shown in the request's language (api/events.py)."""

    serializer_class = serializers.EventSerializer

    def get_queryset(self):
        return events.published_events().order_by("start", "pk")

    def get_serializer(self, *args, **kwargs):
        if args:
            events.prepare(args[0] if kwargs.get("many") else [args[0]])
        return super().get_serializer(*args, **kwargs)


@extend_schema_view(get=extend_schema(
    summary="Sự kiện OCOP: hội chợ, phiên livestream",
    parameters=[filters.EventFilter], responses={200: serializers.EventSerializer, **ERRORS}))
class EventList(EventMixin, generics.ListAPIView):
    """Mặc định các sự kiện chưa kết thúc, sớm nhất trước; when=past: đã kết thúc, mới nhất
    trước; when=all: tất cả. Giờ theo giờ Việt Nam; nội dung theo ngôn ngữ của yêu cầu nếu
    trang có bản dịch."""

    filter_class = filters.EventFilter


@extend_schema_view(get=extend_schema(
    summary="Một sự kiện OCOP", responses={200: serializers.EventSerializer, **NOT_FOUND}))
class EventDetail(EventMixin, generics.RetrieveAPIView):
    """Một sự kiện đã đăng công khai, sắp diễn ra hay đã qua."""


def find_certificate(number):
    """The certificate recorded under ``number`` (exact, then ignoring case), or 404."""
    certificates = OCOPCertificate.objects.select_related(
        "product__producer", "product__parent").order_by("pk")
    found = (certificates.filter(number=number).first()
             or certificates.filter(number__iexact=number).first())
    if found is None:
        raise Http404
    return found


NUMBER = OpenApiParameter(
    "number", OpenApiTypes.STR, OpenApiParameter.PATH,
    description="Số giấy chứng nhận, có thể chứa “/”, ví dụ 123/QĐ-UBND",
    pattern=filters.NO_NUL_PATTERN,
)


@extend_schema_view(get=extend_schema(
    summary="Tra cứu giấy chứng nhận OCOP theo số",
    description="Trả lời cho mọi giấy chứng nhận đã ghi nhận: còn hiệu lực, sắp hết hạn, "
                "hết hạn, tạm đình chỉ hay thu hồi. Số không có: 404.",
    parameters=[NUMBER], responses={200: serializers.VerificationSerializer, **NOT_FOUND}))
class CertificateVerification(PublicReadMixin, generics.RetrieveAPIView):
    serializer_class = serializers.VerificationSerializer

    def get_object(self):
        return find_certificate(self.kwargs["number"])


ROOT_LINKS = {
    "products": "api-product-list",
    "producers": "api-producer-list",
    "outlets": "api-outlet-list",
    "events": "api-event-list",
    "producer_products": "api-producer-product-list",
    "schema": "api-schema",
    "docs": "api-docs",
}


class ApiRoot(PublicReadMixin, generics.GenericAPIView):
    """Địa chỉ các danh sách, lược đồ OpenAPI và tài liệu."""

    pagination_class = None

    @extend_schema(summary="Danh mục điểm truy cập của API", responses={
        200: inline_serializer("ApiRoot", {name: drf_serializers.URLField()
                                           for name in ROOT_LINKS}),
        **BASIC})
    def get(self, request):
        links = {name: request.build_absolute_uri(reverse(url_name))
                 for name, url_name in ROOT_LINKS.items()}
        return Response(links)


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any other path under /api/ ending in "/": a JSON 404, not the site's HTML page."""
    response = JsonResponse({"detail": gettext("Không tìm thấy.")}, status=404)
    return http.add_cors(response)
