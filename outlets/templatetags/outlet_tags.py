"""Template tags other apps' templates use to show where a product is sold.

Templates (the theme's product page) may depend on the outlets app; Python
in ``catalog`` does not.

    {% load outlet_tags %}
    {% outlets_for_product product %}
"""
from django import template

from outlets.queries import outlets_carrying

register = template.Library()

#: How many outlets the product page shows before linking to the full list.
SHOWN = 6


@register.inclusion_tag("outlets/partials/product_outlets.html")
def outlets_for_product(product):
    """Active outlets carrying the (listed) product, a few, nearest province first."""
    outlets = list(outlets_carrying(product)[: SHOWN + 1])
    return {"outlets": outlets[:SHOWN], "more": len(outlets) > SHOWN}
