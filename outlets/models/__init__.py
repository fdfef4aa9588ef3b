"""Models of the outlet registry (điểm giới thiệu và bán sản phẩm OCOP).

One module per concern: the outlet and its status history (``outlet``),
its opening hours (``hours``), the products it carries (``assortment``),
its inspections (``inspection``), its photos (``photos``), and who keeps
which province (``officer``).
"""
from .assortment import OutletProduct
from .hours import OpeningException, OpeningPeriod
from .inspection import Inspection, InspectionQuerySet
from .officer import CoverageTarget, ProvincialOfficer
from .outlet import Outlet, OutletQuerySet, OutletStatusChange
from .photos import OutletPhoto

__all__ = [
    "CoverageTarget",
    "Inspection",
    "InspectionQuerySet",
    "ProvincialOfficer",
    "OpeningException",
    "OpeningPeriod",
    "Outlet",
    "OutletPhoto",
    "OutletProduct",
    "OutletQuerySet",
    "OutletStatusChange",
]
