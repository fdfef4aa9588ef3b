"""In a real browser: basket with two producers' goods → guest checkout → COD order."""
import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from shop.order import statuses
from tests.e2e.shopping import add_to_basket, checkout_as_guest
from tests.factories import make_producer, make_product

Order = get_model("order", "Order")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_guest_buys_from_two_producers_cash_on_delivery(page, live_server):
    base = live_server.url
    nem = make_product("Nem chua Thanh Hóa", producer=make_producer("HTX A"), price=120000)
    com = make_product("Bánh cốm Hà Nội", producer=make_producer("HTX B"), price=80000)
    add_to_basket(page, base, nem)
    add_to_basket(page, base, com)
    checkout_as_guest(page, base, "cod")

    text = page.locator("body").inner_text().replace("\xa0", " ")
    assert "HTX A: 30.000 ₫" in text and "HTX B: 30.000 ₫" in text
    assert "260.000 ₫" in text
    page.locator("#place-order").click()

    page.wait_for_url("**" + reverse("checkout:thank-you"))
    order = Order.objects.get(guest_email="khach@example.vn")
    assert order.number in page.content()
    assert order.status == statuses.NEW
    assert order.total_incl_tax == 260000
    assert order.lines.count() == 2


def test_guest_pays_by_vietqr_transfer(page, live_server, settings):
    settings.OCOP_VIETQR_BANK_BIN = "970436"
    settings.OCOP_VIETQR_ACCOUNT_NUMBER = "0011001234567"
    settings.OCOP_VIETQR_ACCOUNT_NAME = "CONG TY OCOP MARKET"
    base = live_server.url
    add_to_basket(page, base, make_product("Nem chua", producer=make_producer("HTX A")))
    add_to_basket(page, base, make_product("Bánh cốm", producer=make_producer("HTX B")))
    checkout_as_guest(page, base, "vietqr")
    page.locator("#place-order").click()

    page.wait_for_url("**" + reverse("checkout:thank-you"))
    order = Order.objects.get(guest_email="khach@example.vn")
    assert order.status == statuses.AWAITING_TRANSFER
    qr = page.locator("#vietqr img")
    assert qr.evaluate("img => img.complete && img.naturalWidth > 100")
    assert f"OCOP {order.number}" in page.locator("#vietqr").inner_text()
