"""Labels from the dashboard: QR links, PDF sheet, N serials and their CSV."""
import csv
import io

import pytest
from django.urls import reverse

from tests.people import client_for
from traceability.models import SerialCode

pytestmark = pytest.mark.django_db


def labels_url(batch):
    return reverse("dashboard:trace-batch-labels", kwargs={"pk": batch.pk})


def test_page_links_to_the_qr_images_of_product_lot_and_serials(world, client):
    lot = world.a.batch
    html = client_for(world.staff_a).get(labels_url(lot)).content.decode()
    product_png = f"/qr/01/{lot.product.upc}.png"
    lot_svg = f"/qr/01/{lot.product.upc}/10/{lot.lot}.svg"
    serial_png = f"/qr/01/{lot.product.upc}/10/{lot.lot}/21/{world.a.serial.serial}.png"
    for link in (product_png, lot_svg, serial_png):
        assert f'href="{link}"' in html
        assert client.get(link).status_code == 200  # the public image view answers


def test_product_without_gtin_gets_a_short_code(world, client):
    product = world.a.product
    product.upc = ""
    product.save()
    html = client_for(world.staff_a).get(labels_url(world.a.batch)).content.decode()
    assert "/qr.png" in html and "/t/" in html


def test_generate_serials_then_download_their_csv(world):
    client = client_for(world.staff_a)
    lot = world.a.batch
    response = client.post(
        reverse("dashboard:trace-batch-serials-generate", kwargs={"pk": lot.pk}),
        {"count": "25"},
    )
    assert response.status_code == 302
    assert SerialCode.objects.filter(batch=lot).count() == 27
    exported = client.get(reverse("dashboard:trace-batch-serials-csv", kwargs={"pk": lot.pk}))
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0] == ["serial", "url"] and len(rows) == 28
    serial, url = rows[1]
    assert url.endswith(f"/01/{lot.product.upc}/10/{lot.lot}/21/{serial}")


@pytest.mark.parametrize("count", ["0", "-3", "abc", "10001"])
def test_bad_serial_count_is_refused(world, count):
    response = client_for(world.staff_a).post(
        reverse("dashboard:trace-batch-serials-generate", kwargs={"pk": world.a.batch.pk}),
        {"count": count},
    )
    assert response.status_code == 200 and response.context["form"].errors
    assert SerialCode.objects.filter(batch=world.a.batch).count() == 2


def test_pdf_sheet_for_the_producer(world):
    client = client_for(world.staff_a)
    pdf = reverse("dashboard:trace-batch-labels-pdf", kwargs={"pk": world.a.batch.pk})
    response = client.get(pdf)
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert client.get(pdf + "?copies=x").status_code == 400
