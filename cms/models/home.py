"""The site root of each portal: hero, featured products, collections,
regions and upcoming events.

On a provincial portal (its site's ThemeSettings names a province) the
province's products, producers and outlets come first.
"""
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from .base import ProductSelectionMixin, body_field
from .collections import CollectionPage
from .events import EventPage
from .regions import RegionPage, province_outlets, province_producers
from .settings import ThemeSettings

FEATURED_PRODUCTS = 8
UPCOMING_EVENTS = 3
PORTAL_PRODUCERS = 6
PORTAL_OUTLETS = 6


def featured_products(province_code=""):
    """Newest listed products; a portal's own province first."""
    Product = get_model("catalogue", "Product")
    products = Product.objects.browsable().base_queryset()
    order = ["-date_created", "pk"]
    if province_code:
        products = products.annotate(
            other_province=Case(
                When(producer__province_code=province_code, then=Value(0)),
                default=Value(1), output_field=IntegerField(),
            )
        )
        order.insert(0, "other_province")
    return products.order_by(*order)[:FEATURED_PRODUCTS]


class HomePage(ProductSelectionMixin, Page):
    """The site root. Without chosen products it features the newest listed ones."""

    hero_title = models.CharField(_("Tiêu đề"), max_length=255, blank=True)
    hero_text = RichTextField(_("Lời giới thiệu"), blank=True)
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("hero_text"),
        FieldPanel("products"),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.NewsIndexPage", "cms.EventIndexPage", "cms.RegionIndexPage", "cms.CollectionPage",
    ]

    class Meta:
        verbose_name = _("Trang chủ")

    def route(self, request, path_components):
        """Serve the Vietnamese page where its translation does not exist yet.

        An ``/en/`` address makes Wagtail route through the English tree
        (``site.root_page.localized``); a page nobody has translated would
        then be missing from it, so ``/en/<its path>`` serves the original.
        """
        try:
            return super().route(request, path_components)
        except Http404:
            original = self.get_translation_or_none(Locale.get_default())
            if original is None or original.pk == self.pk:
                raise
            return original.specific.route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        Category = get_model("catalogue", "Category")
        context = super().get_context(request, *args, **kwargs)
        province = ThemeSettings.of_request(request).province_code
        context["portal_province"] = province
        context["featured_products"] = context["listed_products"] or featured_products(province)
        context["groups"] = Category.get_root_nodes().filter(is_public=True)
        context["collections"] = CollectionPage.objects.child_of(self).live().public()
        context["regions"] = (
            RegionPage.objects.descendant_of(self).live().public().order_by("title")
        )
        context["upcoming_events"] = (
            EventPage.objects.descendant_of(self).live().public()
            .filter(end__gte=timezone.now()).order_by("start")[:UPCOMING_EVENTS]
        )
        if province:
            context["portal_producers"] = province_producers(province)[:PORTAL_PRODUCERS]
            context["portal_outlets"] = province_outlets(province)[:PORTAL_OUTLETS]
        return context
