"""Template tags for the OCOP certificate: star badges and status banners.

They read ``product.certificate``, which uses the certificates that
``Product.objects.base_queryset()`` prefetches, so a list of cards costs no
query per product.

    {% load ocop_tags %}
    {% ocop_badge product %}            full badge (product page)
    {% ocop_badge_compact product %}    stars and expiry warning (cards)
    {% ocop_status_banner product %}    why an unlisted product is not sold
"""
from django import template

register = template.Library()

MAX_STARS = 5
#: States in which the product is listed (see OCOPCertificate.state).
LISTED_STATES = ("valid", "expiring")


def certificate_context(product):
    certificate = getattr(product, "certificate", None) if product else None
    context = {"product": product, "certificate": certificate}
    if certificate is None:
        return context
    stars = max(0, min(certificate.stars or 0, MAX_STARS))
    state = certificate.state
    context.update(
        state=state,
        stars=stars,
        filled_stars="★" * stars,
        empty_stars="☆" * (MAX_STARS - stars),
        days_left=certificate.days_left,
        is_listed=state in LISTED_STATES,
        is_expiring=state == "expiring",
    )
    return context


@register.inclusion_tag("ocop/partials/badge.html")
def ocop_badge(product):
    """The full badge: stars, number, level, validity and status."""
    return certificate_context(product)


@register.inclusion_tag("ocop/partials/badge_compact.html")
def ocop_badge_compact(product):
    """Stars and an expiry warning, for product cards."""
    return certificate_context(product)


@register.inclusion_tag("ocop/partials/status_banner.html")
def ocop_status_banner(product):
    """A banner saying why the product is not listed (nothing if it is)."""
    return certificate_context(product)


@register.filter
def person(user, empty="—"):
    """How the back office names who did something: full name, else email.

    Invited accounts get random usernames (Oscar's ``generate_username``),
    which mean nothing to the people reading a decision's history.
    """
    if not user:
        return empty
    return user.get_full_name() or user.email or user.get_username()
