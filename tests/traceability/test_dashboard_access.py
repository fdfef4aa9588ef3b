"""Who may open the traceability dashboard, and a producer never reaches
another producer's records: 404 by GET and by POST, and nothing changes."""
import pytest
from django.urls import reverse

from tests.people import client_for
from traceability.models import (
    Batch,
    ConsumerReport,
    RawMaterialZone,
    SerialCode,
    TraceEvent,
    ZoneCertification,
)

pytestmark = pytest.mark.django_db

#: Every page of the section with no object in its URL.
LIST_PAGES = [
    "trace-zone-list", "trace-zone-create", "trace-batch-list", "trace-batch-create",
    "trace-event-list", "trace-event-upload", "trace-scan-stats", "trace-report-list",
]
#: URL name → which of B's records its URL names.
OBJECT_PAGES = {
    "trace-zone-update": "zone",
    "trace-batch-update": "batch",
    "trace-batch-labels": "batch",
    "trace-batch-labels-pdf": "batch",
    "trace-batch-serials-generate": "batch",
    "trace-batch-serials-csv": "batch",
    "trace-event-create": "batch",
    "trace-event-update": "event",
    "trace-report-detail": "report",
}
#: Pages that answer only one method (the other gets 405 before any lookup).
POST_ONLY = {"trace-batch-serials-generate"}
GET_ONLY = {"trace-batch-labels", "trace-batch-labels-pdf", "trace-batch-serials-csv",
            "trace-report-detail"}


def url(name, obj=None):
    if obj is None:
        return reverse(f"dashboard:{name}")
    key = "batch_pk" if name == "trace-event-create" else "pk"
    return reverse(f"dashboard:{name}", kwargs={key: obj.pk})


def snapshot():
    """Everything a dashboard POST could change."""
    return (
        list(RawMaterialZone.objects.values().order_by("pk")),
        list(ZoneCertification.objects.values().order_by("pk")),
        list(Batch.objects.values().order_by("pk")),
        list(Batch.zones.through.objects.values().order_by("pk")),
        list(TraceEvent.objects.values().order_by("pk")),
        list(SerialCode.objects.values().order_by("pk")),
        list(ConsumerReport.objects.values().order_by("pk")),
    )


def hostile_post(world, name):
    """A POST that would be valid for B's own staff."""
    b = world.b
    return {
        "trace-zone-update": {
            "producer": world.producer_b.pk, "name": "Đã sửa", "province_code": "01",
            "certifications-TOTAL_FORMS": "0", "certifications-INITIAL_FORMS": "0",
        },
        "trace-batch-update": {"product": b.product.pk, "lot": "SUA", "quantity": "1"},
        "trace-batch-serials-generate": {"count": "5"},
        "trace-event-create": {
            "event_type": "object", "biz_step": "shipping", "event_time": "2026-11-25T14:30",
            "event_timezone": "+07:00",
        },
        "trace-event-update": {
            "event_type": "object", "biz_step": "shipping", "event_time": "2026-11-25T14:30",
            "event_timezone": "+07:00",
        },
    }.get(name, {})


@pytest.mark.parametrize("name", sorted(OBJECT_PAGES))
def test_producer_a_gets_404_on_producer_b_records(world, name):
    client = client_for(world.staff_a)
    target = url(name, getattr(world.b, OBJECT_PAGES[name]))
    before = snapshot()
    assert client.get(target).status_code == (405 if name in POST_ONLY else 404)
    posted = client.post(target, hostile_post(world, name))
    assert posted.status_code == (405 if name in GET_ONLY else 404)
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(OBJECT_PAGES))
def test_producer_a_opens_its_own_records(world, name):
    response = client_for(world.staff_a).get(url(name, getattr(world.a, OBJECT_PAGES[name])))
    assert response.status_code == (405 if name in POST_ONLY else 200)


def test_report_status_is_for_operators_only(world):
    before = snapshot()
    for user in (world.staff_a, world.staff_b):
        response = client_for(user).post(
            url("trace-report-update", world.a.report), {"status": "dismissed", "note": "x"}
        )
        assert response.status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("name", LIST_PAGES + sorted(OBJECT_PAGES) + ["trace-report-update"])
@pytest.mark.parametrize("who", ["officer_x", "consumer", "anonymous"])
def test_others_are_refused(world, name, who):
    obj = getattr(world.a, OBJECT_PAGES.get(name, "report"), None) if name not in LIST_PAGES \
        else None
    target = url(name, obj)
    client = client_for(getattr(world, who))
    before = snapshot()
    for response in (client.get(target), client.post(target, hostile_post(world, name))):
        if who == "anonymous":
            assert response.status_code == 302 and "login" in response["Location"]
        else:
            assert response.status_code in (403, 405)
    assert snapshot() == before


@pytest.mark.parametrize("name", LIST_PAGES)
def test_lists_show_only_own_records(world, name):
    html = client_for(world.staff_a).get(url(name)).content.decode()
    assert "Chè B" not in html and "Vùng B" not in html and "L-B" not in html


def test_operator_sees_every_producer(world):
    client = client_for(world.operator)
    for name in ("trace-zone-list", "trace-batch-list", "trace-report-list"):
        html = client.get(url(name)).content.decode()
        assert ("Vùng A" in html or "Chè A" in html) and ("Vùng B" in html or "Chè B" in html)
    assert client.get(url("trace-batch-update", world.b.batch)).status_code == 200


def test_menu_offers_the_section_to_producers_and_operators(world):
    for user in (world.staff_a, world.operator):
        html = client_for(user).get(reverse("dashboard:index")).content.decode()
        for name in ("trace-zone-list", "trace-batch-list", "trace-event-upload",
                     "trace-scan-stats", "trace-report-list"):
            assert f'href="{url(name)}"' in html
    officer = client_for(world.officer_x).get(reverse("dashboard:index")).content.decode()
    assert url("trace-batch-list") not in officer
