"""sitemap.xml: the site's Wagtail pages, listed products, producers, outlets.

Products come from the listing rule (``browsable()``), so an expired or
revoked product leaves the sitemap the day it stops being listed. Addresses
use the requested host, so each portal's sitemap names its own domain.

Every address is listed in each language (Vietnamese unprefixed, English
under ``/en/``) with its hreflang alternates; Wagtail pages are listed in
every locale they are translated to.
"""
from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page


class RequestSitemap(Sitemap):
    """A Django sitemap that writes the requested host, not django.contrib.sites'."""

    limit = 5000
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request):
        self.request = request

    def get_domain(self, site=None):
        return self.request.get_host()

    def get_protocol(self, protocol=None):
        return self.request.scheme


class ProductSitemap(RequestSitemap):
    changefreq = "weekly"

    def items(self):
        Product = get_model("catalogue", "Product")
        return Product.objects.browsable().only("pk", "slug", "date_updated").order_by("pk")

    def lastmod(self, product):
        return product.date_updated


class ProducerSitemap(RequestSitemap):
    changefreq = "monthly"

    def items(self):
        Partner = get_model("partner", "Partner")
        return Partner.objects.only("pk", "code").order_by("pk")


class OutletSitemap(RequestSitemap):
    changefreq = "monthly"

    def items(self):
        Outlet = get_model("outlets", "Outlet")
        return Outlet.objects.active().only("pk", "slug", "updated_at").order_by("pk")

    def lastmod(self, outlet):
        return outlet.updated_at


class PageSitemap(WagtailSitemap):
    """The site's pages and their translations (Wagtail lists only the
    original tree; a translated home page is the root of a sibling tree)."""

    def items(self):
        trees = Q(pk__in=[])
        for root in self.get_wagtail_site().root_page.get_translations(inclusive=True):
            trees |= Page.objects.descendant_of_q(root, inclusive=True)
        return (Page.objects.filter(trees).live().public().order_by("path")
                .defer_streamfields().specific())


def sitemaps_for(request):
    return {
        "pages": PageSitemap(request),
        "products": ProductSitemap(request),
        "producers": ProducerSitemap(request),
        "outlets": OutletSitemap(request),
    }
