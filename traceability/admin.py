"""Django admin for traceability records (operators; producers get the
Oscar dashboard in a later increment)."""
from django.contrib import admin

from .models import (
    Batch,
    RawMaterialZone,
    ScanRecord,
    SerialCode,
    ShortCode,
    TraceEvent,
    ZoneCertification,
)


class ZoneCertificationInline(admin.TabularInline):
    model = ZoneCertification
    extra = 0


@admin.register(RawMaterialZone)
class RawMaterialZoneAdmin(admin.ModelAdmin):
    list_display = ("name", "producer", "province_code", "produce", "planting_area_code", "area_ha")
    list_filter = ("province_code",)
    search_fields = ("name", "planting_area_code", "producer__name")
    raw_id_fields = ("producer",)
    inlines = [ZoneCertificationInline]


class TraceEventInline(admin.TabularInline):
    model = TraceEvent
    extra = 0
    fields = ("event_type", "biz_step", "event_time", "event_timezone", "biz_location", "who")


@admin.register(Batch)
class BatchAdmin(admin.ModelAdmin):
    list_display = ("lot", "product", "production_date", "expiry_date", "quantity")
    search_fields = ("lot", "product__title", "product__upc")
    raw_id_fields = ("product",)
    filter_horizontal = ("zones",)
    inlines = [TraceEventInline]


@admin.register(TraceEvent)
class TraceEventAdmin(admin.ModelAdmin):
    list_display = ("batch", "event_type", "biz_step", "event_time", "event_timezone", "who")
    list_filter = ("event_type", "biz_step")
    raw_id_fields = ("batch", "zone")


@admin.register(SerialCode)
class SerialCodeAdmin(admin.ModelAdmin):
    list_display = ("serial", "batch", "created_at")
    search_fields = ("serial", "batch__lot")
    raw_id_fields = ("batch",)


@admin.register(ShortCode)
class ShortCodeAdmin(admin.ModelAdmin):
    list_display = ("token", "product", "batch", "serial", "created_at")
    search_fields = ("token", "product__title")
    raw_id_fields = ("product", "batch", "serial")


@admin.register(ScanRecord)
class ScanRecordAdmin(admin.ModelAdmin):
    """Read-only: the log is evidence for copy detection."""

    list_display = ("scanned_at", "kind", "answer", "product", "batch", "serial", "network")
    list_filter = ("kind", "answer")
    date_hierarchy = "scanned_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
