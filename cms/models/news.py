"""News: an index and its articles."""
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from .base import IndexPageMixin, IntroMixin, PictureMixin, body_field


class NewsIndexPage(IndexPageMixin, Page):
    """Tin tức: articles and producer stories, newest first."""

    template = "cms/index_page.html"
    child_ordering = ("-first_published_at", "-pk")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsArticlePage", "cms.ProducerStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Trang tin tức")


class NewsArticlePage(PictureMixin, IntroMixin, Page):
    date = models.DateField(_("Ngày đăng"), default=timezone.localdate)
    body = body_field()

    content_panels = Page.content_panels + [
        FieldPanel("date"), FieldPanel("intro"), FieldPanel("image"), FieldPanel("body"),
    ]
    search_fields = IntroMixin.search_fields + [index.SearchField("body")]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Bài tin")
