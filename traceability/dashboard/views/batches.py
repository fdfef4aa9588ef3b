"""Batches (lots): list, create, edit."""
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.views import generic

from ..forms import BatchForm
from .base import SavedMessageMixin, ScopedFormMixin, ScopedListView, ScopedMixin


class BatchListView(ScopedListView):
    scope = "batches"
    template_name = "traceability/dashboard/batch_list.html"
    context_object_name = "batches"

    def get_queryset(self):
        qs = (
            super().get_queryset()
            .select_related("product__producer")
            .prefetch_related("zones")
            .annotate(
                event_count=Count("events", distinct=True),
                serial_count=Count("serials", distinct=True),
            )
            .order_by("-production_date", "-pk")  # Meta.ordering is dropped with GROUP BY
        )
        query = self.request.GET.get("q", "").strip()
        if query:
            qs = qs.filter(Q(lot__icontains=query) | Q(product__title__icontains=query))
        return qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["query"] = self.request.GET.get("q", "")
        return context


class BatchFormView(ScopedMixin, ScopedFormMixin, SavedMessageMixin):
    scope = "batches"
    form_class = BatchForm
    template_name = "traceability/dashboard/batch_form.html"
    success_message = _("Đã lưu lô “%(object)s”.")
    success_url_name = "dashboard:trace-batch-list"


class BatchCreateView(BatchFormView, generic.CreateView):
    pass


class BatchUpdateView(BatchFormView, generic.UpdateView):
    pass
