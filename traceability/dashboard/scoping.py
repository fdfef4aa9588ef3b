"""Which traceability records a dashboard user may see and change.

Operators (staff) see every producer's records. Producer staff (not staff,
members of producers through Oscar's ``Partner.users``) see only the
records of products whose ``producer`` is one of their partners; every
dashboard view starts from these querysets, so another producer's record
answers 404 by GET and by POST alike.
"""
from oscar.core.loading import get_model

from ..models import Batch, ConsumerReport, RawMaterialZone, SerialCode, TraceEvent

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")


def _scope(model, producer_path: str, order=()):
    """user → the records of ``model`` whose ``producer_path`` is one of the
    user's producers (all of them for an operator)."""

    def scope(user):
        qs = model.objects.order_by(*order) if order else model.objects.all()
        return qs if user.is_staff else qs.filter(**{f"{producer_path}users": user})

    scope.__doc__ = f"The {model.__name__} records a dashboard user may reach."
    return scope


producers = _scope(Partner, "", order=("name",))
products = _scope(Product, "producer__", order=("title",))
zones = _scope(RawMaterialZone, "producer__")
batches = _scope(Batch, "product__producer__")
events = _scope(TraceEvent, "batch__product__producer__")
serials = _scope(SerialCode, "batch__product__producer__")
reports = _scope(ConsumerReport, "product__producer__")
