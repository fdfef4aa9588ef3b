"""Public questions other apps ask the outlet registry.

The trace page and the product page call :func:`outlets_carrying`; they
never read ``OutletProduct`` themselves.
"""
from django.db.models import Exists, OuterRef, Q
from oscar.core.loading import get_model

from .geo import with_distance


def outlets_carrying(product, near=None):
    """Active outlets that carry ``product`` while it is listed.

    A variant is carried when its parent is. ``near`` is an optional
    ``(latitude, longitude)``: the outlets then come nearest first with a
    ``distance_km`` annotation (outlets without a position are left out).
    An unlisted product is carried nowhere.
    """
    Product = get_model("catalogue", "Product")
    Outlet = get_model("outlets", "Outlet")
    OutletProduct = get_model("outlets", "OutletProduct")
    ids = [product.pk] + ([product.parent_id] if product.parent_id else [])
    listed = Product.objects.listed().filter(pk__in=ids)
    carried = OutletProduct.objects.filter(
        Q(product__in=listed), outlet=OuterRef("pk")
    )
    outlets = Outlet.objects.active().filter(Exists(carried)).with_hours()
    if near is None:
        return outlets.order_by("slug")
    latitude, longitude = near
    return with_distance(outlets, latitude, longitude).order_by("distance_km", "pk")
