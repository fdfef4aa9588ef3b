"""``manage.py load_demo`` also loads demo lots (traceability/demo_data.py)."""
import datetime as dt

import pytest
from django.utils import timezone
from oscar.core.loading import get_model

from outlets.models import Outlet
from tests.demo import load_demo
from traceability.models import Batch, RawMaterialZone, ShortCode, TraceEvent, ZoneCertification

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db




def demo_batches():
    batches = list(Batch.objects.select_related("product__producer"))
    assert len(batches) >= 5
    return batches


def revoked_batch():
    return Batch.objects.get(product__certificates__status="revoked")


def page(client, batch):
    code = ShortCode.objects.get(batch=batch)
    response = client.get(f"/t/{code.token}")
    assert response.status_code == 200
    return response.content.decode()


def test_lots_of_listed_products_and_of_the_revoked_one(demo):
    batches = demo_batches()
    listed = [b for b in batches if b.product.is_listed]
    assert 4 <= len(listed) <= 6
    assert not revoked_batch().product.is_listed
    assert all(b.product.producer.is_demo for b in batches)


def test_each_lot_has_a_zone_of_its_producer_and_a_journey(demo):
    today = timezone.localdate()
    for batch in demo_batches():
        batch.full_clean()
        assert batch.production_date < today
        assert batch.expiry_date is None or batch.expiry_date > batch.production_date
        zone = batch.zones.get()
        assert zone.producer == batch.product.producer
        assert zone.planting_area_code.endswith("-DEMO") and "dữ liệu mẫu" in zone.name
        events = list(batch.events.all())
        assert 4 <= len(events) <= 6, batch.lot
        steps = [e.biz_step for e in events]
        assert steps[:5] == ["harvesting", "processing", "packing", "shipping", "receiving"]
        assert events[0].zone == zone
        assert all(e.event_time <= timezone.now() for e in events)
        assert ShortCode.objects.filter(batch=batch, product=batch.product).count() == 1


def test_zone_certifications_include_an_expired_and_an_organic_one(demo):
    today = timezone.localdate()
    certifications = list(ZoneCertification.objects.all())
    assert len(certifications) == RawMaterialZone.objects.count()
    assert [c for c in certifications if not c.is_valid_on(today)]
    assert [c for c in certifications if c.is_valid_on(today)]
    assert {"vietgap", "organic"} <= {c.scheme for c in certifications}


def test_goods_are_received_at_demo_outlets_that_carry_them(demo):
    outlets = {o.name: o for o in Outlet.objects.all()}
    received = TraceEvent.objects.filter(biz_step="receiving").select_related("batch__product")
    assert received.count() == len(demo_batches())
    for event in received:
        outlet = outlets[event.biz_location]
        if event.batch.product.is_listed:
            assert outlet.assortment.filter(product=event.batch.product).exists(), outlet.name


def test_short_code_page_leads_with_the_certificate_status(client, demo):
    batch = Batch.objects.filter(product__certificates__status="active").first()
    html = page(client, batch)
    assert "ocop-badge" in html
    assert html.index("ocop-badge") < html.index("<h1>")
    for text in [batch.lot, batch.zones.get().planting_area_code, "Thu hoạch", "Nhận hàng"]:
        assert text in html, text


def test_expired_zone_certification_is_shown_as_no_longer_valid(client, demo):
    today = timezone.localdate()
    expired = ZoneCertification.objects.filter(valid_until__lt=today).first()
    html = page(client, expired.zone.batches.get())
    assert "Hết hiệu lực" in html and expired.number in html


def test_revoked_product_page_says_why(client, demo):
    batch = revoked_batch()
    certificate = batch.product.certificates.get()
    html = page(client, batch)
    assert "ocop-status-banner" in html
    assert html.index("ocop-status-banner") < html.index("<h1>")
    assert "đã bị thu hồi" in html and certificate.status_reason in html
    recall = batch.events.get(disposition="recalled")
    assert recall.event_time.date() >= certificate.status_changed_on - dt.timedelta(days=1)


def test_summary_prints_the_trace_urls(demo):
    assert f"{Batch.objects.count()} lô" in demo
    for code in ShortCode.objects.all():
        assert f"/t/{code.token}" in demo


def test_second_run_creates_nothing(demo):
    models = (Batch, RawMaterialZone, ZoneCertification, TraceEvent, ShortCode)
    counts = [model.objects.count() for model in models]
    assert all(counts)
    assert "đã được nạp" in load_demo()
    assert counts == [model.objects.count() for model in models]
