"""The two files search engines ask for first: sitemap.xml and robots.txt."""
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from .sitemaps import sitemaps_for

#: Private or per-visitor paths that crawlers should leave alone.
DISALLOWED = [
    "/dashboard/", "/cms-admin/", "/django-admin/", "/basket/", "/checkout/",
    "/accounts/", "/search/",
]


@require_GET
def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps_for(request))


@require_GET
def robots_txt(request):
    lines = ["User-agent: *"] + [f"Disallow: {path}" for path in DISALLOWED]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
