"""In a real browser: a guest books a homestay for a date and a party; no address step."""
import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from catalog import bookings
from shop.order import statuses
from tests.factories import make_producer, make_product

Order = get_model("order", "Order")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_guest_books_a_homestay_without_an_address(page, live_server):
    base = live_server.url
    homestay = make_product(
        "Homestay bản Hua Tạt",
        producer=make_producer("Tổ hợp tác Du lịch cộng đồng bản Hua Tạt"),
        group="du-lich",
        price=Decimal("700000"),
        stock=20,
    )
    visit = timezone.localdate() + dt.timedelta(days=14)

    page.goto(base + homestay.get_absolute_url())
    page.fill(f"input[name={bookings.DATE_CODE}]", visit.isoformat())
    page.fill(f"input[name={bookings.PARTY_CODE}]", "2")
    page.locator("form[action*='/basket/add/'] button[type=submit]").first.click()
    page.wait_for_load_state()

    page.goto(base + reverse("checkout:index"))
    page.fill("input[name=username]", "khach@example.vn")
    page.check("input[name=options][value=anonymous]")
    page.locator("form button[type=submit]").first.click()

    # Straight to the contact step: no delivery address for a booking.
    page.wait_for_url("**" + reverse("checkout:contact"))
    assert page.locator("input[name=line1]").count() == 0
    page.fill("input[name=first_name]", "Trần Văn Nam")
    page.fill("input[name=phone_number]", "0987654321")
    page.locator("#contact_form button[type=submit]").click()

    page.wait_for_url("**" + reverse("checkout:payment-method"))
    page.locator("#payment_method_form button[type=submit]").click()
    page.wait_for_url("**" + reverse("checkout:preview"))
    preview = page.locator("body").inner_text().replace("\xa0", " ")
    assert f"Ngày đến: {visit:%d/%m/%Y}, Số người: 2" in preview
    assert "1.400.000 ₫" in preview
    page.locator("#place-order").click()

    page.wait_for_url("**" + reverse("checkout:thank-you"))
    order = Order.objects.get(guest_email="khach@example.vn")
    assert order.number in page.content()
    assert order.shipping_address is None and order.shipping_incl_tax == 0
    assert str(order.billing_address.phone_number) == "+84987654321"
    assert order.lines.get().status == statuses.AWAITING_CONFIRMATION
