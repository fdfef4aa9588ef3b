"""QR images decode to the exact URL of the code (zxing-cpp)."""
import io

import pytest
import zxingcpp
from PIL import Image

from traceability import labels
from traceability.models import ShortCode
from traceability.serials import generate_serials

from .builders import batch, traced_product

pytestmark = pytest.mark.django_db


def decode(png: bytes) -> str:
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    assert len(results) == 1
    return results[0].text


def test_png_round_trip_for_a_serial(client):
    lot = batch(traced_product(), "L/2025A")  # "/" is CSET 82: encoded as %2F
    serial = generate_serials(lot, 1)[0]
    path = f"/01/{lot.product.upc}/10/L%2F2025A/21/{serial.serial}"
    response = client.get("/qr" + path + ".png")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    url = decode(response.content)
    assert url == "http://testserver" + path
    # and the decoded URL opens that exact serial's trace page
    page = client.get(url.removeprefix("http://testserver"))
    assert page.status_code == 200 and serial.serial in page.content.decode()


def test_short_code_png_and_svg(client):
    product = traced_product(gtin=False)
    code = ShortCode.objects.create(product=product)
    png = client.get(f"/t/{code.token}/qr.png")
    assert decode(png.content) == f"http://testserver/t/{code.token}"
    svg = client.get(f"/t/{code.token}/qr.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content


def test_qr_only_for_codes_that_resolve(client):
    assert client.get("/t/no-such-token/qr.png").status_code == 404
    assert client.get("/qr/01/4006381333932.png").status_code == 400


def test_label_parameters_for_print():
    code = labels._qr("https://ocop.example.vn/01/08930000000019/10/L2025-01/21/ABCDEFGHJKMN")
    assert code.border == 4 and code.error_correction == labels.ERROR_CORRECT_M
    # 2 cm across at ≥ 0.4 mm a module
    assert (code.modules_count + 2 * code.border) * 0.4 <= 20
