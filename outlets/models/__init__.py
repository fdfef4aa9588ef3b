"""Models of the outlet registry (điểm giới thiệu và bán sản phẩm OCOP).

One module per concern: the outlet and its status history (``outlet``),
its opening hours (``hours``) and the products it carries (``assortment``).
"""
from .assortment import OutletProduct
from .hours import OpeningException, OpeningPeriod
from .outlet import Outlet, OutletQuerySet, OutletStatusChange

__all__ = [
    "OpeningException",
    "OpeningPeriod",
    "Outlet",
    "OutletProduct",
    "OutletQuerySet",
    "OutletStatusChange",
]
