"""Django admin for traceability records (operators; producers get the
Oscar dashboard in a later increment)."""
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import (
    Batch,
    ConsumerReport,
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


@admin.register(ConsumerReport)
class ConsumerReportAdmin(admin.ModelAdmin):
    """The operators' queue of consumer reports: what the consumer sent is
    read-only; the operator moves a report from new to reviewing to resolved
    (the dashboard's queue, /dashboard/trace/reports/, does the same with a note)."""

    list_display = ("created_at", "kind", "status", "product", "batch", "serial", "has_photo")
    list_filter = ("status", "kind")
    list_editable = ("status",)
    search_fields = ("product__title", "product__upc", "batch__lot", "serial__serial", "code")
    date_hierarchy = "created_at"
    fields = (
        "status", "kind", "product", "batch", "serial", "code", "message", "photo_link",
        "contact", "note", "created_at",
    )
    readonly_fields = (
        "kind", "product", "batch", "serial", "code", "message", "photo_link", "contact",
        "created_at",
    )
    actions = ["mark_reviewing", "mark_resolved"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(boolean=True, description=_("Ảnh"))
    def has_photo(self, obj):
        return bool(obj.photo)

    @admin.display(description=_("Ảnh"))
    def photo_link(self, obj):
        if not obj.photo:
            return "–"
        return format_html(
            '<a href="{0}" target="_blank" rel="noopener"><img src="{0}" alt="" '
            'style="max-width:320px;max-height:320px"></a>', obj.photo.url,
        )

    @admin.action(description=_("Chuyển sang Đang xem xét"))
    def mark_reviewing(self, request, queryset):
        queryset.update(status=ConsumerReport.Status.REVIEWING)

    @admin.action(description=_("Chuyển sang Đã xử lý"))
    def mark_resolved(self, request, queryset):
        queryset.update(status=ConsumerReport.Status.RESOLVED)
