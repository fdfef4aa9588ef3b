"""Django admin for the catalogue: Oscar's registrations plus certificates."""
from django.contrib import admin
from oscar.apps.catalogue.admin import *  # noqa: F401,F403  (fork idiom)

from .models import CertificateStatusChange, OCOPCertificate


class StatusChangeInline(admin.TabularInline):
    model = CertificateStatusChange
    extra = 0
    readonly_fields = ("status", "reason", "changed_on", "recorded_at")
    can_delete = False


@admin.register(OCOPCertificate)
class OCOPCertificateAdmin(admin.ModelAdmin):
    list_display = ("number", "product", "stars", "level", "issued_on", "valid_until", "status")
    list_filter = ("status", "stars", "level")
    search_fields = ("number", "product__title")
    autocomplete_fields = ("product",)
    inlines = [StatusChangeInline]
