"""What several page types share: an introduction and a listing of children."""
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..choosers import ProductChooserBlock
from ..products import still_listed

CHILDREN_PER_INDEX = 24


def body_field():
    return StreamField(BaseStreamBlock(), verbose_name=_("Nội dung"), blank=True)


class IntroMixin(models.Model):
    """A short introduction shown under the title and in listings."""

    intro = models.TextField(_("Giới thiệu ngắn"), blank=True)

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        abstract = True


class PictureMixin(models.Model):
    """The page's own picture: its header, its card and its shared-link image."""

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Ảnh đại diện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )

    class Meta:
        abstract = True


class IndexPageMixin(IntroMixin):
    """An index page lists its live children, newest first.

    Subclasses name the child type in ``child_model`` and its ordering in
    ``child_ordering`` (bakerydemo's ``BlogIndexPage.children``).
    """

    child_model = Page
    child_ordering = ("-first_published_at",)

    class Meta:
        abstract = True

    def children(self):
        return (
            self.child_model.objects.child_of(self).live().public().specific()
            .order_by(*self.child_ordering)[:CHILDREN_PER_INDEX]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.children()
        return context


class ProductSelectionMixin(models.Model):
    """Products an editor picks for the page; only listed ones are shown."""

    products = StreamField(
        [("product", ProductChooserBlock(label=_("Sản phẩm")))],
        verbose_name=_("Sản phẩm giới thiệu"), blank=True,
    )

    class Meta:
        abstract = True

    def listed_products(self):
        return still_listed(block.value for block in self.products)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listed_products"] = self.listed_products()
        return context
