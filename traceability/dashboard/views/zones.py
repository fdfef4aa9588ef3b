"""Raw-material zones and their farming certifications (an inline formset)."""
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views import generic

from ...models import ZoneCertification
from ..forms import ZoneCertificationFormSet, ZoneForm
from .base import SavedMessageMixin, ScopedFormMixin, ScopedListView, ScopedMixin


class ZoneListView(ScopedListView):
    scope = "zones"
    template_name = "traceability/dashboard/zone_list.html"
    context_object_name = "zones"

    def get_queryset(self):
        return (
            super().get_queryset()
            .select_related("producer")
            .prefetch_related(
                Prefetch("certifications", queryset=ZoneCertification.objects.order_by("pk"))
            )
        )


class ZoneFormView(ScopedMixin, ScopedFormMixin, SavedMessageMixin):
    """Create and update share this: the zone and its certifications are
    saved together, or neither is."""

    scope = "zones"
    form_class = ZoneForm
    template_name = "traceability/dashboard/zone_form.html"
    success_message = _("Đã lưu vùng nguyên liệu “%(object)s”.")
    success_url_name = "dashboard:trace-zone-list"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("certifications", self.formset(None))
        return context

    def formset(self, instance):
        data = self.request.POST if self.request.method == "POST" else None
        return ZoneCertificationFormSet(data, instance=instance or self.object,
                                        prefix="certifications")

    def form_valid(self, form):
        zone = form.save(commit=False)
        certifications = self.formset(zone)
        if not certifications.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, certifications=certifications)
            )
        with transaction.atomic():
            response = super().form_valid(form)
            certifications.instance = self.object
            certifications.save()
        return response

    def form_invalid(self, form):
        return self.render_to_response(
            self.get_context_data(form=form, certifications=self.formset(form.instance))
        )


class ZoneCreateView(ZoneFormView, generic.CreateView):
    pass


class ZoneUpdateView(ZoneFormView, generic.UpdateView):
    pass
