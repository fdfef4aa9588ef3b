"""Consumer reports sent through the form on the trace page."""
import io
import re

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from traceability.models import ConsumerReport
from traceability.serials import generate_serials

from .builders import batch, traced_product

pytestmark = pytest.mark.django_db
REPORT_URL = "/traceability/report/"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def serial(db):
    lot = batch(traced_product("Mật ong bạc hà Hà Giang"), "L2025-07")
    return generate_serials(lot, 1)[0]


def trace_form(client, serial):
    """The form's fields as the trace page renders them (hidden code included)."""
    lot = serial.batch
    url = f"/01/{lot.product.upc}/10/{lot.lot}/21/{serial.serial}"
    html = client.get(url).content.decode()
    assert f'action="{REPORT_URL}"' in html and 'enctype="multipart/form-data"' in html
    code = re.search(r'name="code" value="([^"]+)"', html)[1]
    for kind in ("fake_stamp", "expired", "quality"):
        assert f'value="{kind}"' in html
    return {"code": code}


def photo(fmt="JPEG", size=(2400, 1800), exif=True):
    image = Image.new("RGB", size, (200, 120, 40))
    out = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "PhoneMaker"  # Make
        data[0x0112] = 6  # orientation: rotate 90° to show upright
        kwargs["exif"] = data
    image.save(out, format=fmt, **kwargs)
    name = {"JPEG": "p.jpg", "PNG": "p.png", "WEBP": "p.webp", "GIF": "p.gif"}[fmt]
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/" + fmt.lower())


def test_report_with_photo_is_saved_reencoded_without_exif(client, serial):
    fields = trace_form(client, serial)
    response = client.post(REPORT_URL, {
        **fields, "kind": "fake_stamp", "message": "Tem bị bong, chữ mờ",
        "contact": "0912 345 678", "photo": photo(),
    }, REMOTE_ADDR="203.113.45.67")
    assert response.status_code == 303
    assert "Cảm ơn bạn đã phản ánh" in client.get(response["Location"]).content.decode()
    report = ConsumerReport.objects.get()
    assert (report.product, report.batch, report.serial) == (
        serial.batch.product, serial.batch, serial
    )
    assert report.kind == "fake_stamp" and report.status == "new"
    assert report.contact == "0912 345 678" and report.network == "203.113.0.0/16"
    with Image.open(report.photo.path) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (1200, 1600)  # turned upright, then ≤ 1600 px
        assert not stored.getexif()


@pytest.mark.parametrize("kind", ["expired", "quality"])
def test_report_without_photo_or_contact(client, serial, kind):
    fields = trace_form(client, serial)
    response = client.post(REPORT_URL, {**fields, "kind": kind, "message": "Hạn 01/2024"})
    assert response.status_code == 303
    assert ConsumerReport.objects.get().kind == kind


@pytest.mark.parametrize("upload, words", [
    (lambda: photo("GIF", exif=False), "JPEG, PNG hoặc WebP"),
    (lambda: SimpleUploadedFile("x.jpg", b"<?php echo 1; ?>", "image/jpeg"), "JPEG, PNG hoặc WebP"),
    (lambda: photo("PNG", size=(4100, 10), exif=False), "4000"),
])
def test_bad_photo_refused_with_message_and_fields_kept(client, serial, upload, words):
    fields = trace_form(client, serial)
    response = client.post(REPORT_URL, {
        **fields, "kind": "quality", "message": "Mật ong bị lên men, có mùi chua",
        "contact": "nguoi.mua@example.vn", "photo": upload(),
    })
    assert response.status_code == 200
    html = response.content.decode()
    assert words in html and "Hãy chọn lại ảnh" in html
    assert "Mật ong bị lên men, có mùi chua</textarea>" in html
    assert 'value="nguoi.mua@example.vn"' in html
    assert re.search(r'value="quality"[^>]*checked', html)
    assert f'value="{fields["code"]}"' in html
    assert not ConsumerReport.objects.exists()


def test_oversized_photo_refused(client, serial, monkeypatch):
    from shop import images as photos

    monkeypatch.setattr(photos, "MAX_BYTES", 1000)
    fields = trace_form(client, serial)
    response = client.post(REPORT_URL, {**fields, "kind": "expired", "photo": photo()})
    assert "5 MB" in response.content.decode()
    assert not ConsumerReport.objects.exists()


def test_validation_errors_keep_what_was_typed(client, serial):
    fields = trace_form(client, serial)
    response = client.post(REPORT_URL, {
        **fields, "kind": "quality", "message": "", "contact": "gọi tôi nhé",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hãy mô tả vấn đề chất lượng" in html and "số điện thoại" in html
    assert 'value="gọi tôi nhé"' in html
    assert not ConsumerReport.objects.exists()


def test_rate_limited_per_network(client, serial, settings):
    settings.OCOP_REPORTS_PER_HOUR = 2
    fields = trace_form(client, serial)
    data = {**fields, "kind": "expired"}
    for last in (1, 2):
        assert client.post(REPORT_URL, data, REMOTE_ADDR=f"14.160.7.{last}").status_code == 303
    response = client.post(REPORT_URL, data, REMOTE_ADDR="14.160.7.99")  # same /24
    assert response.status_code == 429
    assert "quá nhiều phản ánh" in response.content.decode()
    assert ConsumerReport.objects.count() == 2
    # another network is not affected
    assert client.post(REPORT_URL, data, REMOTE_ADDR="14.161.7.1").status_code == 303


def test_unknown_or_malformed_code_saves_nothing(client, serial):
    for code in ["/01/4006381333932", "/t/no-such-token", ""]:
        assert client.post(REPORT_URL, {"code": code, "kind": "expired"}).status_code == 400
    assert not ConsumerReport.objects.exists()


def test_short_code_report(client):
    from traceability.models import ShortCode

    code = ShortCode.objects.create(product=traced_product(gtin=False))
    html = client.get(f"/t/{code.token}").content.decode()
    assert f'name="code" value="/t/{code.token}"' in html
    response = client.post(REPORT_URL, {"code": f"/t/{code.token}", "kind": "fake_stamp"})
    assert response.status_code == 303
    assert ConsumerReport.objects.get().product == code.product


def test_reports_queue_in_admin(admin_client, serial):
    ConsumerReport.objects.create(
        product=serial.batch.product, batch=serial.batch, serial=serial, code="/t/x",
        kind="fake_stamp", photo="trace-reports/2025/01/a.jpg",
    )
    changelist = admin_client.get("/django-admin/traceability/consumerreport/?status__exact=new")
    assert changelist.status_code == 200
    assert "Tem/nhãn có dấu hiệu giả" in changelist.content.decode()
    report = ConsumerReport.objects.get()
    change = admin_client.get(f"/django-admin/traceability/consumerreport/{report.pk}/change/")
    html = change.content.decode()
    assert f'<a href="{report.photo.url}" target="_blank"' in html
    assert admin_client.get("/django-admin/traceability/consumerreport/add/").status_code == 403
