"""Producer stories: a feature about one chủ thể OCOP and its products."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from .base import IntroMixin, PictureMixin, body_field

PRODUCTS_SHOWN = 8


class ProducerStoryPage(PictureMixin, IntroMixin, Page):
    producer = models.ForeignKey(
        "partner.Partner", verbose_name=_("Chủ thể OCOP"), on_delete=models.PROTECT,
        related_name="stories",
    )
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("producer"), FieldPanel("intro"), FieldPanel("image"), FieldPanel("body"),
    ]
    search_fields = IntroMixin.search_fields + [index.SearchField("body")]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Câu chuyện chủ thể")

    def get_context(self, request, *args, **kwargs):
        Product = get_model("catalogue", "Product")
        context = super().get_context(request, *args, **kwargs)
        context["producer_products"] = (
            Product.objects.browsable().base_queryset().filter(producer=self.producer)
            .order_by("title")[:PRODUCTS_SHOWN]
        )
        return context
