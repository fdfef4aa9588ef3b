"""The blocks every page body is built from (one base StreamBlock).

As in wagtail/bakerydemo's ``base/blocks.py``: each block has its icon and
its own template under ``cms/blocks/`` in the theme, and the page models
reuse :class:`BaseStreamBlock` rather than declaring blocks of their own.
"""
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from .choosers import ProductChooserBlock
from .products import still_listed


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=120)
    size = blocks.ChoiceBlock(
        label=_("Cỡ"),
        choices=[("h2", _("Tiêu đề mục")), ("h3", _("Tiêu đề nhỏ"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"
        label = _("Tiêu đề")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Ảnh"))
    caption = blocks.CharBlock(label=_("Chú thích"), required=False)

    class Meta:
        icon = "image"
        template = "cms/blocks/image.html"
        label = _("Ảnh")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Người nói"), required=False)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote.html"
        label = _("Trích dẫn")


class ProductsBlock(blocks.StructBlock):
    """Products the editor picked; unlisted ones are dropped when rendering."""

    title = blocks.CharBlock(label=_("Tiêu đề"), required=False)
    products = blocks.ListBlock(ProductChooserBlock(label=_("Sản phẩm")), label=_("Sản phẩm"))

    class Meta:
        icon = "tag"
        template = "cms/blocks/products.html"
        label = _("Sản phẩm OCOP")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["listed_products"] = still_listed(value["products"])
        return context


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"), icon="pilcrow", template="cms/blocks/paragraph.html"
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    products = ProductsBlock()
    embed = EmbedBlock(
        label=_("Video / nhúng"),
        icon="media",
        template="cms/blocks/embed.html",
        help_text=_("Đường dẫn YouTube, Facebook… (ví dụ buổi livestream)."),
    )
