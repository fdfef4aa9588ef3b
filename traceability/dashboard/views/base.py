"""What every traceability dashboard view shares: the user's scope."""
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.views import generic

from .. import scoping


class ScopedMixin:
    """``scope`` is the name of a ``scoping`` function (zones, batches…)."""

    scope = ""

    def get_queryset(self):
        return getattr(scoping, self.scope)(self.request.user)


class ScopedFormMixin:
    """Passes the user to forms whose choices are scoped."""

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs


class SavedMessageMixin:
    success_message = ""
    success_url_name = ""

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, self.success_message % {"object": self.object})
        return response

    def get_success_url(self):
        return reverse(self.success_url_name)


class ScopedListView(ScopedMixin, generic.ListView):
    paginate_by = 25


def redirect_to(name, **kwargs):
    return HttpResponseRedirect(reverse(name, kwargs=kwargs))
