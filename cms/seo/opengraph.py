"""What a shared link shows (Open Graph) and the page's canonical address.

One function reads the template context of any page (a Wagtail page, a
product, a producer, an outlet, or anything else) and says what it is.
"""
from django.conf import settings
from django.utils.translation import get_language
from oscar.core.loading import get_model
from wagtail.models import Page

from . import product_picture

LOCALES = {"vi": "vi_VN", "en": "en_US"}


def _image_url(obj):
    image = getattr(obj, "image", None)  # Wagtail pages with a picture
    if image is not None and hasattr(image, "get_rendition"):
        return image.get_rendition("fill-1200x630").url
    return ""


def _subject(context):
    """(title, description, image path, og:type) of what the page shows."""
    Product = get_model("catalogue", "Product")
    Partner = get_model("partner", "Partner")
    Outlet = get_model("outlets", "Outlet")
    page, product = context.get("page"), context.get("product")
    producer, outlet = context.get("producer"), context.get("outlet")
    if isinstance(product, Product):
        original = product_picture(product)
        return (product.get_title(), product.description, original.url if original else "",
                "product")
    if isinstance(producer, Partner):
        return (producer.name, producer.description,
                producer.logo.url if producer.logo else "", "profile")
    if isinstance(outlet, Outlet):
        return (outlet.name, outlet.full_address, "", "place")
    if isinstance(page, Page):
        page = page.specific
        kind = "article" if hasattr(page, "date") or hasattr(page, "producer") else "website"
        return (page.seo_title or page.title,
                page.search_description or getattr(page, "intro", ""),
                _image_url(page), kind)
    return ("", "", "", "website")


def describe(context):
    request = context.get("request")
    if request is None:
        return None
    title, description, image, kind = _subject(context)
    return {
        "title": title or settings.OSCAR_SHOP_NAME,
        "description": " ".join(str(description or "").split())[:300],
        "image": request.build_absolute_uri(image) if image else "",
        "type": kind,
        "url": request.build_absolute_uri(request.path),
        "site_name": settings.OSCAR_SHOP_NAME,
        "locale": LOCALES.get(get_language() or "", "vi_VN"),
    }
