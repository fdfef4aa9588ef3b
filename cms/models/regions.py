"""Region pages: one per province, with its specialties, producers and outlets.

The lists are read at render time: specialties are the province's listed
products (the catalogue's rule), producers those registered in the province,
outlets the province's active ones (the outlet registry's queryset).
"""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page

from shop import divisions

from .base import IndexPageMixin, IntroMixin, PictureMixin, body_field

SPECIALTIES_SHOWN = 12
PRODUCERS_SHOWN = 12
OUTLETS_SHOWN = 12


class RegionIndexPage(IndexPageMixin, Page):
    """Vùng miền: the region pages, by name."""

    template = "cms/index_page.html"
    child_ordering = ("title",)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.RegionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang vùng miền")


def province_specialties(province_code):
    Product = get_model("catalogue", "Product")
    return (
        Product.objects.browsable().base_queryset()
        .filter(producer__province_code=province_code).order_by("-date_created", "pk")
    )


def province_producers(province_code):
    Partner = get_model("partner", "Partner")
    return Partner.objects.filter(province_code=province_code).order_by("name")


def province_outlets(province_code):
    Outlet = get_model("outlets", "Outlet")
    return Outlet.objects.active().filter(province_code=province_code).with_hours()


class RegionPage(PictureMixin, IntroMixin, Page):
    province_code = models.CharField(
        _("Tỉnh/thành"), max_length=2, choices=divisions.province_choices, db_index=True,
    )
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("province_code"), FieldPanel("intro"), FieldPanel("image"), FieldPanel("body"),
    ]
    parent_page_types = ["cms.RegionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Trang vùng miền (tỉnh)")

    def clean(self):
        super().clean()
        # One page per province in each language (its translation is the other).
        taken = RegionPage.objects.filter(
            province_code=self.province_code,
            locale_id=self.locale_id or Locale.get_default().pk,
        ).exclude(pk=self.pk)
        if self.province_code and taken.exists():
            raise ValidationError(
                {"province_code": _("Tỉnh/thành này đã có trang vùng miền.")}
            )

    @property
    def province_name(self):
        return divisions.province_name(self.province_code)

    @property
    def map_url(self):
        return f"{reverse('outlets:map')}?province={self.province_code}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["specialties"] = province_specialties(self.province_code)[:SPECIALTIES_SHOWN]
        context["producers"] = province_producers(self.province_code)[:PRODUCERS_SHOWN]
        context["outlets"] = province_outlets(self.province_code)[:OUTLETS_SHOWN]
        return context
