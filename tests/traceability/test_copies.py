"""A serial scanned more than one package plausibly is gets flagged."""
import pytest

from traceability.serials import generate_serials

from .builders import batch, traced_product

pytestmark = pytest.mark.django_db


def test_serial_flagged_after_threshold(client, settings):
    settings.OCOP_COPY_SCAN_THRESHOLD = 3
    lot = batch(traced_product())
    serial = generate_serials(lot, 1)[0]
    url = f"/01/{lot.product.upc}/10/{lot.lot}/21/{serial.serial}"
    for _ in range(3):
        assert "có thể là mã bị sao chép" not in client.get(url).content.decode()
    html = client.get(url).content.decode()
    assert "Mã này đã được quét 4 lần" in html


def test_linkset_and_head_requests_do_not_count(client, settings):
    settings.OCOP_COPY_SCAN_THRESHOLD = 1
    lot = batch(traced_product())
    serial = generate_serials(lot, 1)[0]
    url = f"/01/{lot.product.upc}/10/{lot.lot}/21/{serial.serial}"
    for _ in range(3):
        client.get(url + "?linkType=linkset")
        client.head(url)
    assert "Mã này đã được quét" not in client.get(url).content.decode()


def test_default_threshold_is_twenty(client):
    lot = batch(traced_product())
    serial = generate_serials(lot, 1)[0]
    url = f"/01/{lot.product.upc}/10/{lot.lot}/21/{serial.serial}"
    for _ in range(20):
        client.get(url)
    assert "Mã này đã được quét 21 lần" in client.get(url).content.decode()
