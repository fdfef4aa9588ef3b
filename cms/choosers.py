"""Choosing Oscar products in the Wagtail admin.

Wagtail's snippet chooser only knows snippets, and Oscar's ``Product`` is not
one; a :class:`~wagtail.admin.viewsets.chooser.ChooserViewSet` gives editors a
modal listing the products they may feature (listed ones only, searchable by
title) and, through ``get_block_class``, the StreamField block that uses it.
The viewset is registered in ``wagtail_hooks.py``.
"""
from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.viewsets.chooser import ChooserViewSet

Product = get_model("catalogue", "Product")


class ProductFilterForm(BaseFilterForm):
    """Search by title or UPC: Product is not in Wagtail's search index."""

    q = forms.CharField(
        label=_("Tìm sản phẩm"),
        widget=forms.TextInput(attrs={"placeholder": _("Tên sản phẩm hoặc mã")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(title__icontains=query) | objects.filter(upc=query)
        return objects


class ProductChooserViewSet(ChooserViewSet):
    model = Product
    icon = "tag"
    choose_one_text = _("Chọn sản phẩm OCOP")
    choose_another_text = _("Chọn sản phẩm khác")
    edit_item_text = _("Sửa sản phẩm")
    per_page = 20

    def get_object_list(self):
        # Only what may be shown today; the blocks check again at render time.
        return Product.objects.browsable().select_related("producer").order_by("title", "pk")

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(filter_form_class=ProductFilterForm, **kwargs)


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="ocop-products")
ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="cms.choosers"
)
