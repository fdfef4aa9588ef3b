"""Producers keep their zones, batches and events from the dashboard."""
import datetime as dt

import pytest
from django.urls import reverse

from tests.people import client_for
from traceability.models import Batch, RawMaterialZone, TraceEvent

pytestmark = pytest.mark.django_db


def zone_data(producer, **extra):
    data = {
        "producer": producer.pk, "name": "Vùng cam Bố Hạ", "province_code": "38",
        "commune_code": "", "produce": "Cam", "planting_area_code": "VN-38-XYZ-01",
        "area_ha": "3.5",
        "certifications-TOTAL_FORMS": "1", "certifications-INITIAL_FORMS": "0",
        "certifications-0-scheme": "vietgap", "certifications-0-number": "VG-123",
        "certifications-0-valid_from": "01/01/2026", "certifications-0-valid_until": "2028-12-31",
    }
    data.update(extra)
    return data


def test_producer_creates_a_zone_with_its_certification(world):
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-zone-create"), zone_data(world.producer_a)
    )
    assert response.status_code == 302
    made = RawMaterialZone.objects.get(name="Vùng cam Bố Hạ")
    assert made.producer == world.producer_a
    certification = made.certifications.get()
    assert (certification.number, certification.valid_from) == ("VG-123", dt.date(2026, 1, 1))


def test_zone_for_another_producer_is_refused(world):
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-zone-create"), zone_data(world.producer_b)
    )
    assert response.status_code == 200
    assert "producer" in response.context["form"].errors
    assert not RawMaterialZone.objects.filter(name="Vùng cam Bố Hạ").exists()


def test_bad_certification_saves_neither_zone_nor_certification(world):
    data = zone_data(world.producer_a, **{"certifications-0-valid_until": "01/01/2020"})
    response = client_for(world.staff_a).post(reverse("dashboard:trace-zone-create"), data)
    assert response.status_code == 200
    assert "Ngày hết hiệu lực phải sau ngày bắt đầu." in response.content.decode()
    assert not RawMaterialZone.objects.filter(name="Vùng cam Bố Hạ").exists()


def test_commune_by_name_is_stored_as_its_official_code(world):
    client_for(world.staff_a).post(
        reverse("dashboard:trace-zone-create"),
        zone_data(world.producer_a, province_code="01", commune_code="Phường Ba Đình"),
    )
    made = RawMaterialZone.objects.get(name="Vùng cam Bố Hạ")
    assert made.commune_code.isdigit() and made.commune_name == "Phường Ba Đình"


def test_unknown_commune_is_a_clear_error(world):
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-zone-create"),
        zone_data(world.producer_a, commune_code="Xã Không Có"),
    )
    assert "Không tìm thấy xã/phường “Xã Không Có”" in response.content.decode()
    assert not RawMaterialZone.objects.filter(name="Vùng cam Bố Hạ").exists()


def batch_data(product, zones=(), **extra):
    data = {"product": product.pk, "lot": "L2026-07", "production_date": "2026-07-01",
            "expiry_date": "01/07/2027", "quantity": "300", "zones": [z.pk for z in zones]}
    data.update(extra)
    return data


def test_producer_creates_a_batch_of_its_product_from_its_zone(world):
    client = client_for(world.staff_a)
    response = client.post(reverse("dashboard:trace-batch-create"),
                           batch_data(world.a.product, [world.a.zone]))
    assert response.status_code == 302
    made = Batch.objects.get(lot="L2026-07")
    assert made.expiry_date == dt.date(2027, 7, 1)
    assert list(made.zones.all()) == [world.a.zone]


@pytest.mark.parametrize("whose", ["product", "zone"])
def test_batch_with_another_producers_product_or_zone_is_refused(world, whose):
    product = world.b.product if whose == "product" else world.a.product
    zones = [world.b.zone] if whose == "zone" else []
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-batch-create"), batch_data(product, zones)
    )
    assert response.status_code == 200
    assert ("product" if whose == "product" else "zones") in response.context["form"].errors
    assert not Batch.objects.filter(lot="L2026-07").exists()


def test_operator_cannot_mix_producers_in_a_batch(world):
    response = client_for(world.operator).post(
        reverse("dashboard:trace-batch-create"), batch_data(world.a.product, [world.b.zone])
    )
    assert "Vùng không thuộc chủ thể của sản phẩm: Vùng B." in response.content.decode()
    assert not Batch.objects.filter(lot="L2026-07").exists()


def test_expiry_before_production_is_refused(world):
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-batch-create"),
        batch_data(world.a.product, expiry_date="2026-01-01"),
    )
    assert "Hạn sử dụng phải sau ngày sản xuất." in response.content.decode()


def test_event_time_is_read_at_its_own_offset(world):
    client = client_for(world.staff_a)
    response = client.post(
        reverse("dashboard:trace-event-create", kwargs={"batch_pk": world.a.batch.pk}),
        {"event_type": "object", "biz_step": "receiving", "event_time": "25/11/2026 14:30",
         "event_timezone": "+09:00", "biz_location": "Kho Tokyo", "zone": world.a.zone.pk},
    )
    assert response.status_code == 302
    event = TraceEvent.objects.get(biz_location="Kho Tokyo")
    assert event.batch == world.a.batch
    assert event.event_time == dt.datetime(2026, 11, 25, 5, 30, tzinfo=dt.timezone.utc)
    edit = client.get(reverse("dashboard:trace-event-update", kwargs={"pk": event.pk}))
    assert 'value="2026-11-25T14:30"' in edit.content.decode()


def test_event_cannot_name_another_producers_zone(world):
    before = TraceEvent.objects.count()
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-event-create", kwargs={"batch_pk": world.a.batch.pk}),
        {"event_type": "object", "biz_step": "receiving", "event_time": "2026-11-25T14:30",
         "event_timezone": "+07:00", "zone": world.b.zone.pk},
    )
    assert "zone" in response.context["form"].errors
    assert TraceEvent.objects.count() == before


def test_producer_edits_its_event(world):
    event = world.a.event
    client_for(world.staff_a).post(
        reverse("dashboard:trace-event-update", kwargs={"pk": event.pk}),
        {"event_type": "object", "biz_step": "inspecting", "event_time": "2026-11-25T08:00",
         "event_timezone": "+07:00", "who": "Trung tâm kiểm nghiệm"},
    )
    event.refresh_from_db()
    assert (event.biz_step, event.who) == ("inspecting", "Trung tâm kiểm nghiệm")
