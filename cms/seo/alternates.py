"""The same page in each language: for the VI/EN switch and hreflang links.

Shop addresses differ between languages only by the ``/en`` prefix
(``i18n_patterns`` in ``shop/urls.py``). A Wagtail page may have an English
translation with its own slug (wagtail-localize), so its other-language
address is its translation's URL; an untranslated page is served at the
prefixed Vietnamese address (``HomePage.route`` falls back to the original).
"""
from django.conf import settings
from django.utils import translation
from django.utils.encoding import escape_uri_path
from wagtail.models import Page

from shop.middleware import outside_language_patterns


def neutral_path(path):
    """The path without its language prefix (``/en/catalogue/`` → ``/catalogue/``)."""
    language = translation.get_language_from_path(path)
    return path[len(language) + 1:] if language else path


def prefixed_path(path, language):
    neutral = neutral_path(path)
    return neutral if language == settings.LANGUAGE_CODE else f"/{language}{neutral}"


def _translations(page):
    """language code → the page's live version in that language (one query)."""
    found = page.get_translations(inclusive=True).live().select_related("locale")
    return {translated.locale.language_code: translated for translated in found}


def language_versions(request, page=None):
    """``[{"code", "name", "url", "query", "current"}]`` for each language, or ``[]``.

    Empty for language-neutral addresses (QR paths, the API): those follow
    the language cookie and have no per-language address. Worked out once
    per request (the switch and the hreflang links both ask).
    """
    if not hasattr(request, "_ocop_language_versions"):
        request._ocop_language_versions = _versions(request, page)
    return request._ocop_language_versions


def _versions(request, page):
    if outside_language_patterns(request.path_info, getattr(request, "urlconf", None)):
        return []
    path = escape_uri_path(request.path)
    translations = _translations(page) if isinstance(page, Page) else {}
    current = translation.get_language()
    query = request.GET.urlencode()
    versions = []
    for code, _name in settings.LANGUAGES:
        translated = translations.get(code)
        url = translated.get_url(request=request) if translated is not None else None
        versions.append({
            "code": code, "name": translation.get_language_info(code)["name_local"],
            "url": url or prefixed_path(path, code), "query": query,
            "current": code == current,
        })
    return versions
