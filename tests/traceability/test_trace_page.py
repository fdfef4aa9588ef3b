"""The trace page a consumer sees after scanning."""
import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from traceability.models import TraceEvent

from .builders import batch, traced_product, zone

pytestmark = pytest.mark.django_db
OCOP_CSS = Path(settings.BASE_DIR) / "themes/national/static/ocop/ocop.css"


@pytest.fixture
def lot(db):
    product = traced_product("Chè shan tuyết Thanh Sơn")
    product.producer.phone = "0237 3855 123"
    product.producer.street_address = "Thôn Thanh Sơn"
    product.producer.save()
    zones = [zone(product.producer, name="Vùng chè Pù Luông", planting_area_code="VN-38-BT-0001")]
    return batch(product, "L2025-01", zones=zones, events=3)


def page(client, lot, suffix=""):
    response = client.get(f"/01/{lot.product.upc}/10/{lot.lot}{suffix}")
    assert response.status_code == 200
    return response.content.decode()


def test_leads_with_certificate_status_then_product(client, lot):
    html = page(client, lot)
    assert "ocop-badge--full" in html and "ocop-chip--valid" in html
    assert html.index("ocop-badge") < html.index("<h1>Chè shan tuyết Thanh Sơn</h1>")


def test_shows_producer_lot_zones_and_events(client, lot):
    html = page(client, lot)
    for text in ["0237 3855 123", "Thôn Thanh Sơn", "L2025-01", "01/09/2025", "01/09/2026",
                 "Vùng chè Pù Luông", "VN-38-BT-0001", "VietGAP", "Thu hoạch", "Đóng gói"]:
        assert text in html, text
    # 01:30 UTC is 08:30 in Asia/Ho_Chi_Minh
    assert "01/09/2025 08:30" in html


def test_event_recorded_elsewhere_shows_its_own_offset(client, lot):
    TraceEvent.objects.create(
        batch=lot, event_type="transaction", biz_step="receiving",
        event_time=dt.datetime(2025, 10, 1, 12, 0, tzinfo=dt.timezone.utc), event_timezone="-03:00",
    )
    html = page(client, lot)
    assert "01/10/2025 19:00" in html and "01/10 09:00 UTC-03:00" in html


def test_expired_zone_certification_is_marked(client, lot):
    certification = lot.zones.get().certifications.get()
    certification.valid_until = timezone.localdate() - dt.timedelta(days=1)
    certification.save()
    assert "Hết hiệu lực" in page(client, lot)


def test_buy_link_only_when_listed(client, lot):
    assert "Mua trực tuyến" in page(client, lot)
    lot.product.certificates.get().change_status("revoked", "Vi phạm an toàn thực phẩm")
    html = page(client, lot)
    assert "Mua trực tuyến" not in html


def test_revoked_product_still_resolves_and_says_why(client, lot):
    lot.product.certificates.get().change_status("revoked", "Vi phạm an toàn thực phẩm")
    html = page(client, lot)
    assert "đã bị thu hồi" in html and "Vi phạm an toàn thực phẩm" in html
    assert html.index("đã bị thu hồi") < html.index("<h1>")


def test_page_is_small(client, lot):
    html = page(client, lot)
    weight = len(html.encode()) + OCOP_CSS.stat().st_size
    assert weight <= 30 * 1024, weight
    assert "<script" not in html


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_do_not_grow_with_events_or_zones(client):
    small_product = traced_product()
    small = batch(small_product, "S1", zones=[zone(small_product.producer)], events=2)
    big_product = traced_product()
    zones = [zone(big_product.producer) for _ in range(4)]
    big = batch(big_product, "B1", zones=zones, events=40)
    url = "/01/{}/10/{}"
    assert queries(client, url.format(small_product.upc, small.lot)) == queries(
        client, url.format(big_product.upc, big.lot)
    )


def test_lists_outlets_carrying_the_product_by_province(client, lot):
    from outlets.assortment import add_product
    from tests.outlets.builders import HUE_STATION, make_outlet

    hanoi = make_outlet()
    add_product(hanoi, lot.product)
    add_product(make_outlet(HUE_STATION), lot.product)
    make_outlet(name="Điểm không bán sản phẩm này", place=HUE_STATION)

    html = page(client, lot)

    assert "Mua tại điểm bán OCOP" in html
    assert "Điểm OCOP Ga Hà Nội" in html and "Điểm OCOP Ga Huế" in html
    assert "Điểm không bán sản phẩm này" not in html
    assert html.index("Thành phố Hà Nội") < html.index("Thành phố Huế")


def test_lot_past_its_expiry_date_is_marked(client, lot):
    lot.expiry_date = timezone.localdate() + dt.timedelta(days=30)
    lot.save()
    assert "Đã quá hạn sử dụng" not in page(client, lot)
    lot.expiry_date = timezone.localdate() - dt.timedelta(days=1)
    lot.save()
    assert "Đã quá hạn sử dụng" in page(client, lot)
    lot.expiry_date = timezone.localdate()  # the last day still counts
    lot.save()
    assert "Đã quá hạn sử dụng" not in page(client, lot)
