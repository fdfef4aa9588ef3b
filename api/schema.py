"""Shared pieces of the OpenAPI description: error bodies and schema hooks."""
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import serializers

DETAIL = inline_serializer("Error", {"detail": serializers.CharField()})
#: 400 bodies are {"field": ["message", …]} (DRF's validation errors).
FIELD_ERRORS = inline_serializer(
    "FieldErrors", {"field": serializers.ListField(child=serializers.CharField(),
                                                   required=False)})

JSON, TEXT = "application/json", "text/plain"
#: The site refuses a NUL byte in the path or query with a plain-text 400
#: before any view runs (shop.middleware.RejectNullBytesMiddleware).
NUL_BYTES = {(400, TEXT): OpenApiResponse(str, description="Địa chỉ có ký tự NUL")}
THROTTLED = {(429, JSON): OpenApiResponse(DETAIL, description="Quá nhiều yêu cầu; xem "
                                                              "Retry-After")}
NOT_MODIFIED = {304: OpenApiResponse(description="Không đổi từ lần trước (ETag / "
                                                 "If-Modified-Since)")}
BASIC = {**NOT_MODIFIED, **THROTTLED, **NUL_BYTES}
NOT_FOUND = {(404, JSON): OpenApiResponse(DETAIL, description="Không có"), **BASIC}
ERRORS = {(400, JSON): OpenApiResponse(FIELD_ERRORS, description="Tham số không hợp lệ"),
          **NOT_FOUND}
AUTH_ERRORS = {
    (400, JSON): OpenApiResponse(FIELD_ERRORS, description="Dữ liệu không hợp lệ"),
    (401, JSON): OpenApiResponse(DETAIL, description="Thiếu khóa API hoặc khóa không hợp lệ"),
    (403, JSON): OpenApiResponse(DETAIL, description="Khóa không còn quyền"),
    (404, JSON): OpenApiResponse(DETAIL, description="Không có, hoặc không phải sản phẩm của "
                                                     "chủ thể"),
    **THROTTLED,
    **NUL_BYTES,
}

class ProducerTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.ProducerTokenAuthentication"
    name = "producerToken"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer",
                "description": "Khóa API của chủ thể: Authorization: Bearer ocop_…"}


def only_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: describe /api/ only (not Wagtail's admin API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/")]
