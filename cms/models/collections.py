"""Curated collections: an editor's selection of products (Tết gifts, teas…)."""
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .base import IntroMixin, ProductSelectionMixin, body_field


class CollectionPage(ProductSelectionMixin, IntroMixin, Page):
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("intro"), FieldPanel("products"), FieldPanel("body"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Bộ sưu tập sản phẩm")
