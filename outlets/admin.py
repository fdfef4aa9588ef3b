"""Django admin for the outlet registry.

Status changes go through actions that keep the history (like certificates);
the assortment inline runs ``OutletProduct.clean()``, so an unlisted product
is refused with its reason, and rows whose product is no longer listed are
flagged for removal.
"""
from django.contrib import admin, messages
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.core.loading import get_model

from .models import OpeningException, OpeningPeriod, Outlet, OutletProduct, OutletStatusChange

Product = get_model("catalogue", "Product")


class OpeningPeriodInline(admin.TabularInline):
    model = OpeningPeriod
    extra = 0


class OpeningExceptionInline(admin.TabularInline):
    model = OpeningException
    extra = 0


class OutletProductInline(admin.TabularInline):
    model = OutletProduct
    extra = 0
    autocomplete_fields = ("product",)
    readonly_fields = ("still_listed",)

    @admin.display(description=_("Còn đủ điều kiện bày bán"), boolean=True)
    def still_listed(self, row):
        if not row.pk:
            return None
        return Product.objects.listed().filter(pk=row.product_id).exists()


class StatusChangeInline(admin.TabularInline):
    model = OutletStatusChange
    extra = 0
    readonly_fields = ("status", "reason", "changed_on", "recorded_at")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


def _status_action(status, label):
    def action(modeladmin, request, queryset):
        with translation.override("vi"):  # the history is kept in Vietnamese
            reason = request.POST.get("reason", "").strip() or str(label)
        outlets = list(queryset)
        for outlet in outlets:
            outlet.change_status(status, reason=reason)
        summary = ngettext(
            "%(n)s điểm bán: %(label)s", "%(n)s điểm bán: %(label)s", len(outlets)
        ) % {"n": len(outlets), "label": label}
        modeladmin.message_user(request, summary, messages.SUCCESS)

    action.__name__ = f"mark_{status}"
    action.short_description = label
    return action


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "outlet_type", "province_code", "status", "approval_no")
    list_filter = ("status", "outlet_type", "province_code")
    search_fields = ("name", "operator", "street_address", "approval_no")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [OpeningPeriodInline, OpeningExceptionInline, OutletProductInline,
               StatusChangeInline]
    actions = [
        _status_action(Outlet.Status.ACTIVE, _("Hoạt động trở lại")),
        _status_action(Outlet.Status.SUSPENDED, _("Tạm ngừng hoạt động")),
        _status_action(Outlet.Status.CLOSED, _("Đóng cửa")),
    ]

    def get_readonly_fields(self, request, obj=None):
        # An existing outlet changes status only through the actions (history).
        return ("status",) if obj else ()

    def has_delete_permission(self, request, obj=None):
        return False
