"""Builders for traceability records (on top of tests.factories)."""
import datetime as dt
import itertools
from types import SimpleNamespace

from django.utils import timezone
from stdnum import ean

from tests.factories import make_product
from traceability.models import (
    Batch,
    ConsumerReport,
    RawMaterialZone,
    TraceEvent,
    ZoneCertification,
)
from traceability.serials import generate_serials

_seq = itertools.count(1)
START = dt.datetime(2025, 9, 1, 1, 30, tzinfo=dt.timezone.utc)


def gtin13(n: int | None = None) -> str:
    body = f"893{(n or next(_seq)) + 1000000:09d}"  # 893: GS1 Vietnam prefix
    return body + ean.calc_check_digit(body)


def traced_product(title=None, *, gtin=True, **fields):
    product = make_product(title, **fields)
    if gtin:
        product.upc = gtin13().zfill(14)
        product.save()
    return product


def zone(producer, **fields):
    today = timezone.localdate()
    made = RawMaterialZone.objects.create(
        producer=producer,
        name=fields.pop("name", f"Vùng chè {next(_seq)}"),
        province_code="38",
        produce="Chè shan tuyết",
        planting_area_code=fields.pop("planting_area_code", "VN-38-TH-0012"),
        area_ha=12,
        **fields,
    )
    ZoneCertification.objects.create(
        zone=made, scheme="vietgap", number=f"VG-{made.pk}",
        valid_from=today - dt.timedelta(days=100), valid_until=today + dt.timedelta(days=200),
    )
    return made


def batch(product, lot="L2025-01", *, zones=(), events=0):
    made = Batch.objects.create(
        product=product, lot=lot, production_date=dt.date(2025, 9, 1),
        expiry_date=dt.date(2026, 9, 1), quantity=500,
    )
    made.zones.set(zones)
    steps = ["harvesting", "processing", "packing", "shipping", "receiving"]
    for i in range(events):
        TraceEvent.objects.create(
            batch=made, event_type="object", biz_step=steps[i % len(steps)],
            event_time=START + dt.timedelta(hours=i),
            event_timezone="+07:00", biz_location=f"Xưởng {i}", who="HTX chè",
            zone=zones[0] if zones else None,
        )
    return made


def producer_records(producer, name):
    """A producer's traced product, zone, batch (2 events, 2 serials) and a report."""
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
