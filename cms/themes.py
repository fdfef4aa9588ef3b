"""Themes: one folder per look under ``themes/``, picked per Wagtail site.

A theme folder holds ``templates/`` and ``static/<theme>/``. The national
theme is complete; another theme (``quang-tri``) holds only what differs and
falls back to the national one for everything else. :class:`ThemeMiddleware`
notes the request's theme (from the site's :class:`cms.models.ThemeSettings`)
and :class:`ThemeLoader` looks in that theme's templates first, so one
install serves several portals under their own host names.
"""
from contextvars import ContextVar
from functools import cache

from django.conf import settings
from django.template.loaders import cached, filesystem

DEFAULT_THEME = "national"
_current_theme: ContextVar[str] = ContextVar("ocop_theme", default=DEFAULT_THEME)


@cache
def available_themes() -> list[str]:
    """Folder names under ``themes/`` that hold templates.

    Read once per process: themes are deployed with the code, and the
    middleware asks on every request.
    """
    return sorted(
        path.name for path in settings.THEMES_DIR.iterdir() if (path / "templates").is_dir()
    )


def theme_choices():
    return [(name, name) for name in available_themes()]


def current_theme() -> str:
    return _current_theme.get()


class ThemeLoader(filesystem.Loader):
    """The current theme's templates, then the national theme's."""

    def get_dirs(self):
        themes = dict.fromkeys([current_theme(), DEFAULT_THEME])
        return [settings.THEMES_DIR / name / "templates" for name in themes]


class CachedThemeLoader(cached.Loader):
    """Django's cached loader, with one cache entry per theme."""

    def cache_key(self, template_name, skip=None):
        return f"{current_theme()}:{super().cache_key(template_name, skip)}"


def theme_for_request(request) -> str:
    from .models import ThemeSettings

    theme = ThemeSettings.of_request(request).theme
    return theme if theme in available_themes() else DEFAULT_THEME


class ThemeMiddleware:
    """Sets the theme of the request's Wagtail site for the template loader."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.ocop_theme = theme_for_request(request)
        token = _current_theme.set(request.ocop_theme)
        try:
            return self.get_response(request)
        finally:
            _current_theme.reset(token)
