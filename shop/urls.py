"""URL map: Wagtail owns ``/`` and its pages, Oscar the shop paths.

Oscar's root include redirects ``/`` to the catalogue, so Wagtail's root
page is routed before it, and ``wagtail_urls`` comes last to serve every
other page.

Pages people read have one address per language: Vietnamese unprefixed,
English under ``/en/`` (``i18n_patterns``, see
``shop.middleware.ChosenLanguageMiddleware``). Addresses that machines or
printed labels hold stay language-neutral, outside the prefix: the admins,
the API and badges, sitemap and robots, media, and the QR paths (a label
printed years ago must keep resolving); those follow the visitor's language
cookie.
"""
from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.seo import views as seo_views
from shop.media import serve_media

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("cms-admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", seo_views.sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots_txt, name="robots-txt"),
    path("api/", include("api.urls")),
    path("badge/", include("api.badge_urls")),
    # GS1 Digital Link paths (/01/…) and short codes (/t/…) sit at the root.
    path("", include("traceability.urls")),
]

# Small installs serve uploads themselves (static() does so only in DEBUG);
# large ones put media on S3-compatible storage. Uploads are served as data,
# never as pages (shop/media.py).
urlpatterns += [
    re_path(
        r"^media/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}
    )
]

urlpatterns += i18n_patterns(
    re_path(r"^$", wagtail_views.serve, {"path": ""}, name="wagtail_root"),
    path("producers/", apps.get_app_config("partner").urls),
    path("outlets/", include("outlets.urls")),
    # Oscar's shop (catalogue, basket, checkout, search, accounts, dashboard).
    path("", include(apps.get_app_config("oscar").urls[0])),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
