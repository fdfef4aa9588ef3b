"""Wagtail pages of the public site."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

FEATURED_PRODUCTS = 8


class HomePage(Page):
    """The site root: a welcome, the six groups and newly listed products.

    Products come from the listing rule at render time, so the home page
    never shows a product whose certificate has lapsed.
    """

    hero_title = models.CharField(_("Tiêu đề"), max_length=255, blank=True)
    hero_text = RichTextField(_("Lời giới thiệu"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang chủ")

    def get_context(self, request, *args, **kwargs):
        Product = get_model("catalogue", "Product")
        Category = get_model("catalogue", "Category")
        context = super().get_context(request, *args, **kwargs)
        context["featured_products"] = (
            Product.objects.browsable()
            .base_queryset()
            .order_by("-date_created", "pk")[:FEATURED_PRODUCTS]
        )
        context["groups"] = Category.get_root_nodes().filter(is_public=True)
        return context
