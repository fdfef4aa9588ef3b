"""Scan statistics and copy flags in the dashboard, and the trace page's
"seen in too many places" warning."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.people import client_for
from traceability.models import ConsumerReport, ScanRecord
from traceability.serials import generate_serials

from .builders import batch, traced_product, zone

pytestmark = pytest.mark.django_db
STATS = reverse("dashboard:trace-scan-stats")


def scans(serial, count, networks=1, days_ago=0):
    when = (timezone.now() - dt.timedelta(days=days_ago)).replace(minute=0, second=0,
                                                                  microsecond=0)
    ScanRecord.objects.bulk_create(
        ScanRecord(kind="dl", answer="page", product=serial.batch.product, batch=serial.batch,
                   serial=serial, scanned_at=when, network=f"10.{i % networks}.0.0/16")
        for i in range(count)
    )


def serial_url(serial):
    lot = serial.batch
    return f"/01/{lot.product.upc}/10/{lot.lot}/21/{serial.serial}"


def test_trace_page_flags_a_serial_seen_in_too_many_places(client, settings):
    settings.OCOP_COPY_NETWORK_THRESHOLD = 3
    serial = generate_serials(batch(traced_product()), 1)[0]
    for n in range(3):
        client.get(serial_url(serial), REMOTE_ADDR=f"1{n}.1.2.3")
    assert "nơi khác nhau" not in client.get(serial_url(serial), REMOTE_ADDR="10.1.9.9") \
        .content.decode()
    html = client.get(serial_url(serial), REMOTE_ADDR="99.1.2.3").content.decode()
    assert "Mã này đã được quét ở 4 nơi khác nhau" in html
    assert "Mã này đã được quét 5 lần" not in html  # under the count threshold


def test_network_threshold_defaults_to_five(client):
    serial = generate_serials(batch(traced_product()), 1)[0]
    scans(serial, 5, networks=5)  # 10.0/16 … 10.4/16
    html = client.get(serial_url(serial), REMOTE_ADDR="10.0.0.1").content.decode()
    assert "nơi khác nhau" not in html
    html = client.get(serial_url(serial), REMOTE_ADDR="172.30.1.1").content.decode()
    assert "đã được quét ở 6 nơi" in html


def test_producer_sees_counts_and_its_flagged_serials(world, settings):
    settings.OCOP_COPY_SCAN_THRESHOLD = 5
    settings.OCOP_COPY_NETWORK_THRESHOLD = 3
    copied, crowded = world.a.serial, world.a.batch.serials.exclude(pk=world.a.serial.pk).get()
    scans(copied, 7)
    scans(crowded, 4, networks=4, days_ago=3)
    scans(world.b.serial, 9)
    html = client_for(world.staff_a).get(STATS).content.decode()
    flagged = html[html.index('id="copies"'):html.index('id="per-day"')]
    assert copied.serial in flagged and crowded.serial in flagged
    assert "quét quá nhiều lần" in flagged and "quét ở quá nhiều nơi" in flagged
    assert world.b.serial.serial not in html
    per_batch = html[html.index('id="per-batch"'):html.index('id="per-code"')]
    assert "<td>L-A</td><td>Chè A</td><td>11</td>" in per_batch
    per_day = html[html.index('id="per-day"'):html.index('id="per-batch"')]
    today = timezone.localdate()
    assert f"<td>{today:%d/%m/%Y}</td><td>7</td>" in per_day
    assert f"<td>{today - dt.timedelta(days=3):%d/%m/%Y}</td><td>4</td>" in per_day
    per_code = html[html.index('id="per-code"'):]
    assert f"/21/{copied.serial}</code></td><td>7</td>" in per_code


def test_operator_sees_copy_flags_of_every_producer(world, settings):
    settings.OCOP_COPY_SCAN_THRESHOLD = 5
    scans(world.a.serial, 6)
    scans(world.b.serial, 6)
    html = client_for(world.operator).get(STATS).content.decode()
    flagged = html[html.index('id="copies"'):html.index('id="per-day"')]
    assert world.a.serial.serial in flagged and world.b.serial.serial in flagged
    assert "HTX Nông sản B" in flagged


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _grow(world, n):
    for i in range(n):
        lot = batch(world.a.product, f"G{n}-{i}", zones=[zone(world.producer_a)], events=2)
        for serial in generate_serials(lot, 2):
            scans(serial, 3, networks=2, days_ago=i % 5)
        ConsumerReport.objects.create(product=lot.product, batch=lot, serial=serial,
                                      code="/t/x", kind="quality", message="Mốc")


@pytest.mark.parametrize("name", ["trace-batch-list", "trace-scan-stats", "trace-zone-list",
                                  "trace-event-list", "trace-report-list"])
def test_query_count_does_not_grow_with_the_data(world, name, settings):
    settings.OCOP_COPY_SCAN_THRESHOLD = 1
    client = client_for(world.staff_a)
    url = reverse(f"dashboard:{name}")
    _grow(world, 2)
    _queries(client, url)  # warm per-process caches (site, theme settings)
    small = _queries(client, url)
    _grow(world, 8)
    assert _queries(client, url) == small
