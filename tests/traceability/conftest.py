"""Traceability records of two producers (A and B) for the dashboard tests."""

import pytest

from .builders import producer_records


@pytest.fixture
def world(people):
    """``people`` plus ``a`` and ``b``: each producer's product, zone,
    batch (with 2 events and 2 serials), one event, one serial, one report."""
    people.a = producer_records(people.producer_a, "A")
    people.b = producer_records(people.producer_b, "B")
    return people
