"""Template tags other apps' templates use to show where a product is sold.

Templates (the theme's product page, the trace page) may depend on the
outlets app; Python in ``catalog`` does not.

    {% load outlet_tags %}
    {% outlets_for_product product %}        {# a few, for the product page #}
    {% outlets_for_product product 0 %}      {# all of them, for the trace page #}

When the page's URL carries the visitor's position (``?lat=&lon=``, put
there by the "near me" button's script, as on the outlet list) the outlets
come nearest first with their distance; otherwise grouped by province.
"""
from django import template

from catalog.text import fold
from outlets.forms import NearForm
from outlets.queries import outlets_carrying

register = template.Library()

#: How many outlets the product page shows before linking to the full list.
SHOWN = 6


def _near(request):
    if request is None or "lat" not in request.GET:
        return None
    return NearForm(request.GET).near


@register.inclusion_tag("outlets/partials/product_outlets.html", takes_context=True)
def outlets_for_product(context, product, limit=SHOWN):
    """Active outlets carrying the (listed) product: nearest first when the
    visitor's position is known, else by province; ``limit`` 0 = all."""
    near = _near(context.get("request"))
    outlets = outlets_carrying(product, near=near)
    if near is None:
        # Province names, not codes, decide the order: sorted here.
        outlets = sorted(outlets, key=lambda o: (fold(o.province_name), fold(o.name)))
    else:
        outlets = list(outlets[: limit + 1] if limit else outlets)
    shown = outlets[:limit] if limit else outlets
    return {"outlets": shown, "more": len(outlets) > len(shown), "near": near,
            "by_distance": near is not None}
