"""Producers upload supply-chain events as CSV: all or nothing."""
import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.people import client_for
from traceability.models import TraceEvent

pytestmark = pytest.mark.django_db
SAMPLE = Path(settings.BASE_DIR) / "docs/samples/su-kien-truy-xuat.csv"
HEADER = "lot,product,event_time,timezone,biz_step,event_type,zone,who\n"


def upload(user, content, name="su-kien.csv", client=None):
    data = content.encode("utf-8") if isinstance(content, str) else content
    return (client or client_for(user)).post(
        reverse("dashboard:trace-event-upload"),
        {"file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


@pytest.fixture
def sample_lot(world):
    """The sample file names lot L2025-01 and zone "Vùng chè Pù Luông" of A."""
    world.a.batch.lot = "L2025-01"
    world.a.batch.save()
    world.a.zone.name = "Vùng chè Pù Luông"
    world.a.zone.save()
    return world


def test_sample_file_adds_its_events(sample_lot):
    before = TraceEvent.objects.filter(batch=sample_lot.a.batch).count()
    client = client_for(sample_lot.staff_a)
    response = upload(sample_lot.staff_a, SAMPLE.read_bytes(), SAMPLE.name, client)
    assert response.status_code == 302
    events = TraceEvent.objects.filter(batch=sample_lot.a.batch).order_by("event_time")
    assert events.count() == before + 4
    harvest = events.get(biz_location="Đồi chè Pù Luông")
    assert harvest.biz_step == "harvesting" and harvest.zone == sample_lot.a.zone
    assert harvest.event_time == dt.datetime(2025, 9, 4, 23, 30, tzinfo=dt.timezone.utc)
    shipping = events.get(who="Bưu cục Bá Thước")
    assert (shipping.biz_step, shipping.event_type, shipping.disposition) == (
        "shipping", "transaction", "in_transit")
    assert events.get(notes="Túi 200 g").biz_step == "packing"
    page = client.get(response["Location"])
    assert "Đã thêm 4 sự kiện." in page.content.decode()


def test_bad_file_lists_every_bad_row_and_adds_nothing(world):
    content = HEADER + "\n".join([
        "L-A,,25/11/2026 14:30,,thu hoạch,,,",          # 2: good
        "L-B,,25/11/2026 14:30,,thu hoạch,,,",          # 3: B's lot
        "L-A,,31/02/2026 14:30,,đóng gói,,,",           # 4: no such day
        "L-A,,25/11/2026 25:99,,đóng gói,,,",           # 5: no such time
        "L-A,,25/11/2026 08:00,+7,nhảy múa,,,",         # 6: unknown step
        ",,25/11/2026 08:00,,packing,,,",               # 7: no lot
        "L-A,,25/11/2026 08:00,GMT+99,packing,,,",      # 8: bad offset
        "L-A,,25/11/2026 08:00,,packing,,Vùng B,",      # 9: B's zone
    ]) + "\n"
    before = TraceEvent.objects.count()
    response = upload(world.staff_a, content)
    assert response.status_code == 200
    html = response.content.decode()
    assert "chưa có sự kiện nào được thêm" in html
    for line, column in [(3, "lot"), (4, "event_time"), (5, "event_time"), (6, "biz_step"),
                         (7, "lot"), (8, "timezone"), (9, "zone")]:
        assert f"Dòng {line}, cột {column}:" in html
    assert "Dòng 2," not in html
    assert "Không có lô “L-B” trong các lô của bạn" in html
    assert TraceEvent.objects.count() == before


def test_operator_may_upload_for_any_producer(world):
    response = upload(world.operator, HEADER + "L-B,,25/11/2026 14:30,,Nhận hàng,,,\n")
    assert response.status_code == 302
    assert TraceEvent.objects.filter(batch=world.b.batch, biz_step="receiving").exists()


def test_same_lot_in_two_products_needs_the_product_column(world):
    from .builders import batch, traced_product

    other = traced_product("Mật ong A", producer=world.producer_a)
    batch(other, "L-A")
    html = upload(world.staff_a, HEADER + "L-A,,25/11/2026 14:30,,packing,,,\n") \
        .content.decode()
    assert "có ở nhiều sản phẩm" in html
    response = upload(world.staff_a,
                      HEADER + f"L-A,{other.upc.lstrip('0')},25/11/2026 14:30,,packing,,,\n")
    assert response.status_code == 302
    assert TraceEvent.objects.filter(batch__product=other, biz_step="packing").exists()


@pytest.mark.parametrize("content, message", [
    (b"", ""),
    (b"\n\n", "trống"),
    ("lot,who\nL-A,x\n", "Thiếu cột bắt buộc: event_time, biz_step"),
    (b"\xff\xfe\x00garbage\x00", "không phải"),
    (HEADER, "không có dòng sự kiện"),
])
def test_unusable_file_is_refused_with_a_message(world, content, message):
    before = TraceEvent.objects.count()
    response = upload(world.staff_a, content)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert message in response.content.decode()
    assert TraceEvent.objects.count() == before


def test_xlsx_with_date_time_cells_is_accepted(world):
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Lot", "Event time", "Biz step", "Timezone"])
    sheet.append(["L-A", dt.datetime(2026, 11, 25, 14, 30), "Bán lẻ", "UTC+7"])
    out = io.BytesIO()
    book.save(out)
    response = upload(world.staff_a, out.getvalue(), "su-kien.xlsx")
    assert response.status_code == 302
    event = TraceEvent.objects.get(batch=world.a.batch, biz_step="retail_selling")
    assert event.event_time == dt.datetime(2026, 11, 25, 7, 30, tzinfo=dt.timezone.utc)
