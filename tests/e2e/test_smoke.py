"""A shopper's first look, in a real browser: home, catalogue, product page."""
import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import make_product

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_catalogue_and_product_page(page, live_server):
    today = timezone.localdate()
    listed = make_product("Bánh gai Tứ Trụ", stars=4)
    make_product("Nem chua hết hạn", issued_on=today - dt.timedelta(days=1200),
                 valid_until=today - dt.timedelta(days=2))

    page.goto(live_server.url + "/")
    assert page.locator("body").is_visible()
    assert "Bánh gai Tứ Trụ" in page.content()

    page.goto(live_server.url + "/catalogue/")
    products = page.locator("article, .product_pod")
    assert products.count() >= 1
    # Prices use a no-break space before ₫ so the symbol never wraps alone.
    text = page.locator("body").inner_text().replace("\xa0", " ")
    assert "Bánh gai Tứ Trụ" in text
    assert "120.000 ₫" in text
    assert "Nem chua hết hạn" not in text

    page.get_by_role("link", name="Bánh gai Tứ Trụ").first.click()
    page.wait_for_url(f"**{listed.get_absolute_url()}")
    body = page.locator("body").inner_text()
    assert "4 sao OCOP" in body
    assert page.locator("form[action*='/basket/add/'] button[type=submit]").count() >= 1
