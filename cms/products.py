"""Products an editor chose, as they may be shown today.

A page keeps the products its editor picked; whether each may still be shown
is decided at render time by the catalogue's listing rule
(``Product.objects.browsable()``, Oscar's name for ``listed()`` plus
``is_public``), so a certificate that lapses tonight removes the product from
every page tomorrow without anyone editing it.
"""
from oscar.core.loading import get_model


def still_listed(chosen):
    """The listed ones among ``chosen`` (products or ids), in the editor's order.

    One query, whatever the number of products.
    """
    Product = get_model("catalogue", "Product")
    ids = [getattr(item, "pk", item) for item in chosen if item is not None]
    if not ids:
        return []
    found = Product.objects.browsable().base_queryset().in_bulk(ids)
    return [found[pk] for pk in dict.fromkeys(ids) if pk in found]
