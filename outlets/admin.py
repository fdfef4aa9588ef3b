"""Django admin for the outlet registry: the operators' back office.

Provincial officers work in the Oscar dashboard (``outlets.dashboard``);
they are not staff and do not reach this admin. The scoping below stays as
a second line of defence should an officer ever be given staff status.

Every admin here is scoped by ``outlets.scoping``: a provincial officer
lists, opens and saves only its own province's records (by any URL: list,
change, history, delete, and POSTs), can pick only its own province, and
sees only its own outlets in pickers; superusers and operators see all.
Status changes go through actions that keep the history; the assortment
inline runs ``OutletProduct.clean()``, so an unlisted product is refused
with its reason, and rows whose product is no longer listed are flagged.
"""
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.core.loading import get_model

from shop import divisions

from .forms import OutletPhotoForm, province_field
from .models import (
    CoverageTarget,
    Inspection,
    OpeningException,
    OpeningPeriod,
    Outlet,
    OutletPhoto,
    OutletProduct,
    OutletStatusChange,
    ProvincialOfficer,
)
from .models.inspection import overdue_q
from .scoping import managed_province, may_manage, readable, scope

Product = get_model("catalogue", "Product")


class ProvinceScopedAdmin(admin.ModelAdmin):
    """A model admin whose records belong to a province (``record_province``)."""

    def record_province(self, obj):
        return obj.province_code

    def get_queryset(self, request):
        # Officers read every province; what they may change is checked below.
        return readable(super().get_queryset(request), request.user)

    def _may(self, request, obj):
        return obj is None or may_manage(request.user, self.record_province(obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may(request, obj)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "province_code":
            return province_field(request.user, label=db_field.verbose_name)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # Forms already refuse another province; this guards every other path.
        if not may_manage(request.user, self.record_province(obj)):
            raise PermissionDenied
        super().save_model(request, obj, form, change)


class ScopedInline:
    """An inline of an outlet: readable by all, changed only on managed outlets."""

    def get_queryset(self, request):
        return readable(super().get_queryset(request), request.user)

    def _may(self, request, obj):
        return obj is None or may_manage(request.user, obj.province_code)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._may(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may(request, obj)


class OutletPhotoInline(ScopedInline, admin.TabularInline):
    model = OutletPhoto
    form = OutletPhotoForm
    extra = 0


class OpeningPeriodInline(ScopedInline, admin.TabularInline):
    model = OpeningPeriod
    extra = 0


class OpeningExceptionInline(ScopedInline, admin.TabularInline):
    model = OpeningException
    extra = 0


class OutletProductInline(ScopedInline, admin.TabularInline):
    model = OutletProduct
    extra = 0
    autocomplete_fields = ("product",)
    readonly_fields = ("still_listed",)

    @admin.display(description=_("Còn đủ điều kiện bày bán"), boolean=True)
    def still_listed(self, row):
        if not row.pk:
            return None
        return Product.objects.listed().filter(pk=row.product_id).exists()


class InspectionInline(ScopedInline, admin.StackedInline):
    model = Inspection
    extra = 0
    fields = ("date", "inspector", "result", "findings", "follow_up_deadline",
              "follow_up_done_on", "overdue")
    readonly_fields = ("overdue",)

    @admin.display(description=_("Quá hạn khắc phục"), boolean=True)
    def overdue(self, inspection):
        return inspection.is_overdue if inspection.pk else None


class StatusChangeInline(ScopedInline, admin.TabularInline):
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
        outlets = list(scope(queryset, request.user))  # only the user's province
        for outlet in outlets:
            outlet.change_status(status, reason=reason)
        summary = ngettext(
            "%(n)s điểm bán: %(label)s", "%(n)s điểm bán: %(label)s", len(outlets)
        ) % {"n": len(outlets), "label": label}
        modeladmin.message_user(request, summary, messages.SUCCESS)

    action.__name__ = f"mark_{status}"
    action.short_description = label
    action.allowed_permissions = ("change",)
    return action


@admin.register(Outlet)
class OutletAdmin(ProvinceScopedAdmin):
    list_display = ("name", "outlet_type", "province_code", "status", "approval_no",
                    "overdue_follow_ups")
    list_filter = ("status", "outlet_type", "province_code")
    search_fields = ("name", "operator", "street_address", "approval_no")
    prepopulated_fields = {"slug": ("name",)}
    inlines = [OpeningPeriodInline, OpeningExceptionInline, OutletProductInline,
               OutletPhotoInline, InspectionInline, StatusChangeInline]
    actions = [
        _status_action(Outlet.Status.ACTIVE, _("Hoạt động trở lại")),
        _status_action(Outlet.Status.SUSPENDED, _("Tạm ngừng hoạt động")),
        _status_action(Outlet.Status.CLOSED, _("Đóng cửa")),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            overdue_count=Count("inspections", filter=overdue_q("inspections__"))
        )

    @admin.display(description=_("Khắc phục quá hạn"), ordering="overdue_count")
    def overdue_follow_ups(self, outlet):
        count = getattr(outlet, "overdue_count", None)
        if count is None:
            count = outlet.inspections.overdue().count()
        return count

    def get_readonly_fields(self, request, obj=None):
        # An existing outlet changes status only through the actions (history).
        return ("status", "overdue_follow_ups") if obj else ()

    def has_delete_permission(self, request, obj=None):
        return False


class OverdueFilter(admin.SimpleListFilter):
    title = _("quá hạn")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Quá hạn khắc phục")), ("no", _("Không quá hạn"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(overdue_q())
        if self.value() == "no":
            return queryset.exclude(overdue_q())
        return queryset


@admin.register(Inspection)
class InspectionAdmin(ProvinceScopedAdmin):
    list_display = ("outlet", "date", "inspector", "result", "follow_up_deadline",
                    "follow_up_done_on", "overdue")
    list_filter = (OverdueFilter, "result", "outlet__province_code")
    search_fields = ("outlet__name", "inspector", "findings")
    date_hierarchy = "date"
    list_select_related = ("outlet",)

    def record_province(self, inspection):
        return inspection.outlet.province_code if inspection.outlet_id else None

    @admin.display(description=_("Quá hạn khắc phục"), boolean=True)
    def overdue(self, inspection):
        return inspection.is_overdue

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "outlet":
            kwargs["queryset"] = scope(Outlet.objects.all(), request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(CoverageTarget)
class CoverageTargetAdmin(ProvinceScopedAdmin):
    list_display = ("province", "outlets_target", "note")

    @admin.display(description=_("Tỉnh/thành phố"), ordering="province_code")
    def province(self, target):
        return divisions.province_name(target.province_code)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and managed_province(
            request.user) is None


@admin.register(ProvincialOfficer)
class ProvincialOfficerAdmin(admin.ModelAdmin):
    """Operators assign officers to provinces; officers never see this."""

    list_display = ("user", "province", "province_code")
    list_filter = ("province_code",)
    search_fields = ("user__username", "user__email", "user__last_name")
    raw_id_fields = ("user",)

    @admin.display(description=_("Tỉnh/thành phố"))
    def province(self, officer):
        return divisions.province_name(officer.province_code)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "province_code":
            return province_field(request.user, label=db_field.verbose_name)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
