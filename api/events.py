"""Events (trade fairs, livestreams) as the API shows them, loaded a page at a time.

An event is a Wagtail ``EventPage``: only live, public pages, and only the
originals (the site's default locale), so each event has one id whatever
the language. What a visitor reads (title, place, stream link, page
address) comes from the page's live, public translation in the request's
language when an editor made one (wagtail-localize), else from the
original. Its products are the ones the editor picked that the listing
rule still allows today (``cms.products.still_listed``, which asks
``Product.objects.browsable()``), so a product whose certificate lapses
drops out without anyone editing the page.

``prepare`` does this for a whole page of results with a fixed number of
queries: one for the translations, one for the products.
"""
from django.db.models import Prefetch
from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Locale

from cms.models import EventPage
from cms.products import still_listed

Partner = get_model("partner", "Partner")


def published_events():
    """Live, public, original event pages, with their producers."""
    return (
        EventPage.objects.live().public()
        .filter(locale=Locale.get_default())
        .prefetch_related(Prefetch("producers", queryset=Partner.objects.order_by("name", "pk")))
    )


def when(queryset, moment):
    """Upcoming (not yet over, soonest first), past (latest first) or all (by start)."""
    now = timezone.now()
    if moment == "past":
        return queryset.filter(end__lt=now).order_by("-start", "pk")
    if moment == "all":
        return queryset.order_by("start", "pk")
    return queryset.filter(end__gte=now).order_by("start", "pk")


def _chosen_ids(page):
    """Product ids the editor picked, read from the stored stream (no query per page)."""
    return [item.get("value") for item in page.products.raw_data
            if item.get("type") == "product" and isinstance(item.get("value"), int)]


def _translations(pages):
    """translation_key → the live, public translation in the active language."""
    locale = Locale.get_active()
    if not pages or locale.pk == pages[0].locale_id:
        return {}
    translated = (EventPage.objects.live().public()
                  .filter(locale=locale, translation_key__in=[p.translation_key for p in pages]))
    return {page.translation_key: page for page in translated}


def prepare(pages):
    """Give each event its ``shown`` version (translation or itself) and ``listed`` products."""
    pages = [page for page in pages if page is not None]
    translations = _translations(pages)
    chosen = {page.pk: _chosen_ids(page) for page in pages}
    listed = {product.pk: product
              for product in still_listed(pk for ids in chosen.values() for pk in ids)}
    for page in pages:
        page.shown = translations.get(page.translation_key, page)
        page.listed = [listed[pk] for pk in dict.fromkeys(chosen[page.pk]) if pk in listed]
    return pages
