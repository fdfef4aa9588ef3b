"""Supply-chain events of a batch: list, create, edit, and CSV upload."""
from django.contrib import messages
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import generic

from catalog.importing.errors import FileRefused, RowsRefused

from ... import event_import
from .. import scoping
from ..forms import EventForm, EventUploadForm
from .base import ScopedListView, ScopedMixin


class EventListView(ScopedListView):
    scope = "events"
    template_name = "traceability/dashboard/event_list.html"
    context_object_name = "events"

    def get_queryset(self):
        qs = super().get_queryset().select_related("batch__product", "zone").order_by(
            "-event_time", "-pk"
        )
        self.batch = None
        batch_id = self.request.GET.get("batch", "")
        if batch_id.isdigit():
            self.batch = get_object_or_404(scoping.batches(self.request.user), pk=batch_id)
            qs = qs.filter(batch=self.batch)
        return qs

    def get_context_data(self, **kwargs):
        return super().get_context_data(batch=self.batch, **kwargs)


class EventFormView(ScopedMixin):
    scope = "events"
    form_class = EventForm
    template_name = "traceability/dashboard/event_form.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "batch": self.batch}

    def get_context_data(self, **kwargs):
        return super().get_context_data(batch=self.batch, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Đã lưu sự kiện “%s”.") % self.object)
        return response

    def get_success_url(self):
        return reverse("dashboard:trace-event-list") + f"?batch={self.batch.pk}"


class EventCreateView(EventFormView, generic.CreateView):
    def dispatch(self, request, *args, **kwargs):
        self.batch = get_object_or_404(
            scoping.batches(request.user).select_related("product"), pk=kwargs["batch_pk"]
        )
        return super().dispatch(request, *args, **kwargs)


class EventUpdateView(EventFormView, generic.UpdateView):
    def get_object(self, queryset=None):
        event = super().get_object(self.get_queryset().select_related("batch__product"))
        self.batch = event.batch
        return event


class EventUploadView(generic.FormView):
    form_class = EventUploadForm
    template_name = "traceability/dashboard/event_upload.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(columns=event_import.COLUMNS,
                                        required=event_import.REQUIRED, **kwargs)

    def form_valid(self, form):
        user = self.request.user
        try:
            events = event_import.import_events(
                form.cleaned_data["file"], batches=scoping.batches(user),
                zones=scoping.zones(user),
            )
        except RowsRefused as refused:
            return self.render_to_response(
                self.get_context_data(form=form, row_errors=refused.errors)
            )
        except FileRefused as refused:
            form.add_error("file", str(refused))
            return self.form_invalid(form)
        messages.success(self.request, ngettext(
            "Đã thêm %(count)d sự kiện.", "Đã thêm %(count)d sự kiện.", len(events)
        ) % {"count": len(events)})
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("dashboard:trace-event-list")
