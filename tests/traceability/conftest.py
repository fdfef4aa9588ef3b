"""Traceability records of two producers (A and B) for the dashboard tests."""
from types import SimpleNamespace

import pytest

from traceability.models import ConsumerReport, TraceEvent
from traceability.serials import generate_serials

from .builders import batch, traced_product, zone


def _records(producer, name):
    product = traced_product(f"Chè {name}", producer=producer)
    own_zone = zone(producer, name=f"Vùng {name}")
    lot = batch(product, f"L-{name}", zones=[own_zone], events=2)
    return SimpleNamespace(
        product=product,
        zone=own_zone,
        batch=lot,
        event=TraceEvent.objects.filter(batch=lot).first(),
        serial=generate_serials(lot, 2)[0],
        report=ConsumerReport.objects.create(
            product=product, batch=lot, code=f"/01/{product.upc}/10/{lot.lot}",
            kind=ConsumerReport.Kind.FAKE_STAMP, message=f"Tem lạ {name}",
        ),
    )


@pytest.fixture
def world(people):
    """``people`` plus ``a`` and ``b``: each producer's product, zone,
    batch (with 2 events and 2 serials), one event, one serial, one report."""
    people.a = _records(people.producer_a, "A")
    people.b = _records(people.producer_b, "B")
    return people
