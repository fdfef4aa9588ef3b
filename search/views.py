"""Catalogue browsing, ``/search/`` and the autocomplete, on one interface.

Every page builds a :class:`~search.backends.base.SearchQuery` from the
query string (search/forms.py), asks the configured backend
(search/backends/) for one page of product ids, the total and the facet
counts, then loads those products with ``browsable().base_queryset()``, so
a page costs the same number of queries at any catalogue size and nothing
unlisted is shown even if the index lags behind. A query that finds nothing
is tried once more as the backend corrects it (a missing space, one typo),
and the page says so ("Có phải bạn muốn tìm").
"""
from dataclasses import replace

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from oscar.core.loading import get_model

from . import forms
from .backends import get_backend
from .documents import accented

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


class _Window:
    """A sequence of ``total`` items of which only the current page is loaded,
    so Django's ``Paginator`` (and Oscar's pagination partial) work as usual."""

    def __init__(self, total, offset, items):
        self.total, self.offset, self.items = total, offset, items

    def __len__(self):
        return self.total

    def count(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice) and index.start == self.offset:
            return self.items
        return []


class CatalogueView(TemplateView):
    template_name = "oscar/catalogue/browse.html"
    paginate_by = settings.OSCAR_PRODUCTS_PER_PAGE

    def category_ids(self):
        return None

    def get(self, request, *args, **kwargs):
        query = forms.query_from(request.GET, self.paginate_by, self.category_ids())
        backend = get_backend()
        results = backend.search(query)
        typed = None
        if query.words and not results.total and query.page == 1:
            # Nothing for the query as typed: show what a missing space or
            # one typo would find, and say so ("did you mean", as big shops do).
            corrected = backend.correct(query.text)
            if corrected:
                typed, query = query.text, replace(query, text=corrected)
                results = backend.search(query)
        if query.page > 1 and query.offset >= results.total:
            # As Oscar does: a page number past the end goes back to page one.
            messages.error(request, _("Số trang không hợp lệ."))
            params = request.GET.copy()
            params.pop("page", None)
            return redirect(f"{request.path}?{params.urlencode()}" if params else request.path)
        loaded = Product.objects.browsable().base_queryset().in_bulk(results.ids)
        products = [loaded[pk] for pk in results.ids if pk in loaded]
        did_you_mean = None
        if typed:
            query.text = accented(query.text, (
                text for p in products[:3] for text in (p.title, getattr(p.producer, "name", ""))))
            did_you_mean = {"typed": typed, "text": query.text,
                            "url": forms.url_for(request.path, query)}
        paginator = Paginator(_Window(results.total, query.offset, products), query.per_page)
        page = paginator.page(min(query.page, paginator.num_pages))
        return self.render_to_response(self.get_context_data(
            query=query, products=products, paginator=paginator, page_obj=page,
            is_paginated=paginator.num_pages > 1,
            facets=forms.facet_panels(request.path, query, results.facets),
            sort_options=forms.sort_options(query),
            hidden_params=forms.hidden_params(query),
            did_you_mean=did_you_mean,
            **kwargs,
        ))

    def get_context_data(self, **kwargs):
        kwargs.setdefault("summary", _("Tất cả sản phẩm OCOP"))
        return super().get_context_data(**kwargs)


class ProductCategoryView(CatalogueView):
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"], is_public=True)
        return super().get(request, *args, **kwargs)

    def category_ids(self):
        return list(self.category.get_descendants_and_self().values_list("pk", flat=True))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category, summary=self.category.name, **kwargs
        )


class ProductSearchView(CatalogueView):
    """``/search/?q=``: the catalogue narrowed by what people typed."""

    template_name = "oscar/search/results.html"

    def get_context_data(self, **kwargs):
        text = kwargs["query"].text
        if text:
            kwargs["summary"] = _("Kết quả tìm kiếm cho “%(q)s”") % {"q": text}
        return super().get_context_data(**kwargs)


class SuggestView(View):
    """``/search/suggest/?q=``: product titles and producers for the search
    box, as JSON. Without JavaScript the box is a plain GET form to
    ``/search/``, so nothing depends on this."""

    def get(self, request):
        suggestions = get_backend().suggest(request.GET.get("q", ""))
        return JsonResponse({
            "query": request.GET.get("q", "")[:200],
            "suggestions": [
                {"kind": s.kind, "label": s.label, "url": s.url} for s in suggestions
            ],
        })
