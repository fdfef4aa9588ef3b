"""Per-site choices: which theme a portal wears and which province it serves."""
from django.core.cache import cache
from django.db import models
from django.http.request import split_domain_port
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from shop.divisions import province_choices

from ..themes import DEFAULT_THEME, theme_choices


@register_setting(icon="site")
class ThemeSettings(BaseSiteSetting):
    theme = models.CharField(
        _("Giao diện"), max_length=64, default=DEFAULT_THEME, choices=theme_choices,
        help_text=_("Thư mục giao diện trong themes/."),
    )
    province_code = models.CharField(
        _("Tỉnh/thành của cổng"), max_length=2, blank=True, choices=province_choices,
        help_text=_("Cổng cấp tỉnh: sản phẩm, chủ thể và điểm bán của tỉnh này hiện trước."),
    )

    panels = [FieldPanel("theme"), FieldPanel("province_code")]

    class Meta:
        verbose_name = _("Giao diện và cổng")

    @classmethod
    def of_request(cls, request):
        """The request's site and its settings, from the cache; never created.

        Every page asks (the theme middleware), so a warm request costs no
        query: the answer per host and port is kept in Django's cache and
        dropped whenever a site or a setting is saved or deleted
        (``cms.receivers``). Wagtail's ``for_request`` would instead create
        the row on first read and query on every request; a page view must
        not write.
        """
        if not hasattr(request, "_ocop_theme_settings"):
            hostname = split_domain_port(request._get_raw_host())[0]
            host = f"{hostname}:{request.get_port()}"
            portals = cache.get(PORTALS_CACHE_KEY) or {}
            if host not in portals:
                site = Site.find_for_request(request)
                found = cls.objects.filter(site=site).first() if site else None
                portals[host] = (site, found or cls(site=site))
                cache.set(PORTALS_CACHE_KEY, portals, PORTALS_CACHE_SECONDS)
            site, request._ocop_theme_settings = portals[host]
            if not hasattr(request, "_wagtail_site"):
                request._wagtail_site = site  # Wagtail's serve reads it from here
        return request._ocop_theme_settings


#: Cache entry of every portal's site and settings, by host and port. The
#: timeout bounds how long a process with its own (local-memory) cache keeps
#: an answer another process has changed.
PORTALS_CACHE_KEY = "ocop:portals"
PORTALS_CACHE_SECONDS = 300


def forget_portals(**kwargs):
    cache.delete(PORTALS_CACHE_KEY)
