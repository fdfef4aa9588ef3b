"""Catalogue browsing through the ORM and the listing rule.

Oscar 4.2 browses the catalogue through haystack, whose simple backend shows
an empty catalogue and whose page costs a query per product. These views
list ``Product.objects.browsable()`` directly, with certificates and
producers prefetched, so a page costs the same number of queries at any
catalogue size. Until the search issue brings a real engine, ``/search/``
is a plain title/producer match over the same listed products, so nothing
unlisted can be found.
"""
from django.conf import settings
from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import ListView
from oscar.apps.search.views import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


class CatalogueView(ListView):
    context_object_name = "products"
    template_name = "oscar/catalogue/browse.html"

    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            # As Oscar does: a page number past the end goes back to page one.
            messages.error(request, _("Số trang không hợp lệ."))
            query = request.GET.copy()
            query.pop(self.page_kwarg, None)
            return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)

    def get_queryset(self):
        return Product.objects.browsable().base_queryset().order_by("-date_created", "pk")

    def get_context_data(self, **kwargs):
        return super().get_context_data(summary=_("Tất cả sản phẩm OCOP"), **kwargs)


class ProductCategoryView(CatalogueView):
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"], is_public=True)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        categories = self.category.get_descendants_and_self()
        return super().get_queryset().filter(categories__in=categories).distinct()

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx.update(category=self.category, summary=self.category.name)
        return ctx


class ProductSearchView(CatalogueView):
    """``/search/?q=``: listed products whose title or producer matches."""

    def get_queryset(self):
        query = self.request.GET.get("q", "").strip()
        queryset = super().get_queryset()
        if not query:
            return queryset.none()
        return queryset.filter(Q(title__icontains=query) | Q(producer__name__icontains=query))

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["summary"] = _("Kết quả tìm kiếm cho “%(q)s”") % {"q": self.request.GET.get("q", "")}
        return ctx
