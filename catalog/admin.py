"""Django admin for the catalogue: Oscar's registrations plus certificates.

Certificates are never deleted and their status changes only through
``change_status`` (suspend, revoke, reinstate), so the history keeps every
decision with its date and reason.
"""
from django.contrib import admin, messages
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.apps.catalogue.admin import *  # noqa: F401  (fork idiom)
from simple_history.admin import SimpleHistoryAdmin

from .models import CertificateStatusChange, OCOPCertificate


class StatusChangeInline(admin.TabularInline):
    model = CertificateStatusChange
    extra = 0
    readonly_fields = ("status", "reason", "changed_on", "changed_by", "recorded_at")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


def _status_action(status, label):
    def action(modeladmin, request, queryset):
        # The history is a record, kept in Vietnamese whatever the UI language.
        with translation.override("vi"):
            reason = request.POST.get("reason", "").strip() or str(label)
        certificates = list(queryset)
        for certificate in certificates:
            certificate.change_status(status, reason=reason, by=request.user)
        count = len(certificates)
        summary = ngettext(
            "%(n)s giấy chứng nhận: %(label)s", "%(n)s giấy chứng nhận: %(label)s", count
        ) % {"n": count, "label": label}
        modeladmin.message_user(request, summary, messages.SUCCESS)

    action.__name__ = f"mark_{status}"
    action.short_description = label
    return action


@admin.register(OCOPCertificate)
class OCOPCertificateAdmin(SimpleHistoryAdmin):
    list_display = ("number", "product", "stars", "level", "issued_on", "valid_until", "status")
    list_filter = ("status", "stars", "level")
    search_fields = ("number", "product__title")
    autocomplete_fields = ("product",)
    readonly_fields = ("status", "status_changed_on", "status_reason")
    inlines = [StatusChangeInline]
    actions = [
        _status_action(OCOPCertificate.Status.SUSPENDED, _("Tạm đình chỉ")),
        _status_action(OCOPCertificate.Status.REVOKED, _("Thu hồi")),
        _status_action(OCOPCertificate.Status.ACTIVE, _("Khôi phục hiệu lực")),
    ]

    def has_delete_permission(self, request, obj=None):
        return False
