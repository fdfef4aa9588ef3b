"""Per-site choices: which theme a portal wears and which province it serves."""
from django.db import models
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
        """The request's site settings, read once per request and never created.

        Wagtail's ``for_request`` creates the row on first read; a page view
        must not write (and must cost the same queries on every visit).
        """
        if not hasattr(request, "_ocop_theme_settings"):
            site = Site.find_for_request(request)
            found = cls.objects.filter(site=site).first() if site else None
            request._ocop_theme_settings = found or cls(site=site)
        return request._ocop_theme_settings
