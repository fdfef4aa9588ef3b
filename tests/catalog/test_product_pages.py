"""Catalogue cards and product pages, as a shopper sees them.

Cards carry the OCOP stars, the producer and the price in VND; a product
page leads with its certificate and, when the product is no longer listed,
says why, offers no way to buy and asks search engines not to index it.
"""
import datetime as dt
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from tests.factories import make_producer, make_product

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
PRICE_120K = f"120.000{NBSP}₫"  # babel puts a no-break space before the symbol
NOINDEX = '<meta name="robots" content="noindex"'


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def basket_add_url(product):
    return reverse("basket:add", kwargs={"pk": product.pk})


def lapsed(title, days_ago=10, **kwargs):
    today = timezone.localdate()
    return make_product(
        title,
        issued_on=today - dt.timedelta(days=1100),
        valid_until=today - dt.timedelta(days=days_ago),
        **kwargs,
    )


# --- Catalogue cards -------------------------------------------------------
def test_catalogue_cards_show_stars_producer_and_price(client):
    producer = make_producer("HTX Nem chua Thanh Hóa")
    product = make_product("Nem chua Thanh Hóa", producer=producer, stars=4)

    html = page(client, reverse("catalogue:index"))

    assert "Nem chua Thanh Hóa" in html
    assert product.get_absolute_url() in html
    assert "4 sao OCOP" in html
    assert "★★★★" in html
    assert "HTX Nem chua Thanh Hóa" in html
    assert PRICE_120K in html
    assert basket_add_url(product) in html


def test_catalogue_cards_do_not_show_unlisted_products(client):
    make_product("Còn hiệu lực")
    lapsed("Đã hết hạn")
    make_product("Đã thu hồi", status="revoked")
    make_product("Tạm đình chỉ", status="suspended")

    html = page(client, reverse("catalogue:index"))

    assert "Còn hiệu lực" in html
    for title in ("Đã hết hạn", "Đã thu hồi", "Tạm đình chỉ"):
        assert title not in html


def test_card_warns_when_certificate_expires_within_30_days(client):
    today = timezone.localdate()
    make_product("Sắp hết", valid_until=today + dt.timedelta(days=30))
    make_product("Còn lâu", valid_until=today + dt.timedelta(days=31))

    html = page(client, reverse("catalogue:index"))

    assert html.count("Sắp hết hạn") == 1


def test_listed_product_without_price_shows_contact_and_no_basket_button(client):
    product = make_product("Mật ong bạc hà", price=None)

    card = page(client, reverse("catalogue:index"))
    assert "Mật ong bạc hà" in card
    assert "Liên hệ" in card
    assert basket_add_url(product) not in card

    detail = page(client, product.get_absolute_url())
    assert "Liên hệ" in detail
    assert 'id="add_to_basket_form"' not in detail
    assert basket_add_url(product) not in detail
    assert NOINDEX not in detail


def test_listed_product_out_of_stock_has_no_basket_button(client):
    product = make_product("Hết hàng", stock=0)

    card = page(client, reverse("catalogue:index"))

    assert PRICE_120K in card
    assert "Liên hệ" in card
    assert basket_add_url(product) not in card

    detail = page(client, product.get_absolute_url())
    assert "tạm hết hàng" in detail
    assert 'id="add_to_basket_form"' not in detail


def test_category_page_shows_cards(client):
    product = make_product("Trà Shan tuyết", group="do-uong")
    category = product.get_categories().first()

    html = page(client, category.get_absolute_url())

    assert "Trà Shan tuyết" in html
    assert "4 sao OCOP" in html


def _catalogue_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    return len(queries), len(response.context["products"])


def test_catalogue_queries_do_not_grow_with_products(client, settings):
    # Both measurements ask the search backend: no answer comes from its cache.
    settings.OCOP_SEARCH_CACHE_SECONDS = 0
    producer = make_producer()
    for n in range(5):
        make_product(f"Sản phẩm A{n}", producer=producer if n % 2 else None)
    client.get(reverse("catalogue:index"))  # warm caches (content types, site)
    few, shown_few = _catalogue_queries(client)

    for n in range(20):
        make_product(f"Sản phẩm B{n}", price=None if n % 3 == 0 else Decimal("50000"))
    many, shown_many = _catalogue_queries(client)

    assert (shown_few, shown_many) == (5, 24)
    assert many <= few, f"{few} queries for 5 products, {many} for 24"


# --- Product page -------------------------------------------------------------
def test_listed_product_page_shows_badge_producer_price_and_basket_form(client):
    producer = make_producer(
        "HTX Nông nghiệp Quảng Xương", street_address="Thôn 3", province_code="38"
    )
    product = make_product("Nước mắm Ba Làng", producer=producer, stars=5)
    certificate = product.certificates.get()

    html = page(client, product.get_absolute_url())

    assert "5 sao OCOP" in html
    assert "★★★★★" in html
    assert certificate.number in html
    assert "Cấp tỉnh" in html
    assert certificate.valid_until.strftime("%d/%m/%Y") in html
    assert "Còn hiệu lực" in html
    assert PRICE_120K in html
    assert f'href="/producers/{producer.code}/"' in html
    assert "HTX Nông nghiệp Quảng Xương" in html
    assert producer.full_address in html and "Thanh Hóa" in producer.full_address
    assert 'id="add_to_basket_form"' in html
    assert basket_add_url(product) in html
    assert NOINDEX not in html
    assert "Sắp hết hạn" not in html


def test_expiring_product_page_warns(client):
    today = timezone.localdate()
    product = make_product("Bánh gai Tứ Trụ", valid_until=today + dt.timedelta(days=12))

    html = page(client, product.get_absolute_url())

    assert "Sắp hết hạn" in html
    assert "còn 12 ngày" in html
    assert 'id="add_to_basket_form"' in html


def test_expired_product_page_explains_and_cannot_be_bought(client):
    product = lapsed("Chè Tân Cương", days_ago=20)
    expired_on = product.certificates.get().valid_until.strftime("%d/%m/%Y")

    html = page(client, product.get_absolute_url())

    assert f"Giấy chứng nhận OCOP đã hết hạn ngày {expired_on}" in html
    assert "Đã hết hạn" in html
    assert 'id="add_to_basket_form"' not in html
    assert basket_add_url(product) not in html
    assert NOINDEX in html
    assert PRICE_120K not in html


def test_revoked_product_page_gives_date_and_reason(client):
    product = make_product("Rượu làng Vân")
    product.certificates.get().change_status(
        "revoked", reason="Vi phạm quy định an toàn thực phẩm", on=dt.date(2026, 1, 15)
    )

    html = page(client, product.get_absolute_url())

    assert "Giấy chứng nhận OCOP đã bị thu hồi ngày 15/01/2026" in html
    assert "Lý do: Vi phạm quy định an toàn thực phẩm" in html
    assert 'id="add_to_basket_form"' not in html
    assert NOINDEX in html


def test_suspended_product_page_says_so(client):
    product = make_product("Bưởi Phúc Trạch")
    product.certificates.get().change_status(
        "suspended", reason="Đang xác minh phản ánh", on=dt.date(2026, 2, 1)
    )

    html = page(client, product.get_absolute_url())

    assert "đang bị tạm đình chỉ từ ngày 01/02/2026" in html
    assert "Lý do: Đang xác minh phản ánh" in html
    assert 'id="add_to_basket_form"' not in html
    assert NOINDEX in html


def test_never_certified_product_answers_404(client):
    product = make_product("Không có chứng nhận", certificate=False)

    response = client.get(product.get_absolute_url())

    assert response.status_code == 404


def test_badge_dates_are_day_month_year(client):
    product = make_product(
        "Cam Xã Đoài", issued_on=dt.date(2025, 3, 5), valid_until=dt.date(2028, 3, 4)
    )

    html = page(client, product.get_absolute_url())

    assert re.search(r"05/03/2025", html)
    assert re.search(r"04/03/2028", html)


def test_catalogue_card_shows_certificate_number_level_and_validity(client):
    product = make_product("Chiếu cói Nga Sơn", valid_until=dt.date(2027, 5, 31))
    certificate = product.certificates.get()

    html = page(client, reverse("catalogue:index"))

    assert certificate.number in html
    assert "Cấp tỉnh" in html
    assert "HL đến 31/05/2027" in html


def test_recommendations_show_listed_products_only(client):
    ProductRecommendation = get_model("catalogue", "ProductRecommendation")
    product = make_product("Nem chua Thanh Hóa")
    ProductRecommendation.objects.create(
        primary=product, recommendation=make_product("Chè lam Phủ Quảng"), ranking=2
    )
    ProductRecommendation.objects.create(
        primary=product, recommendation=lapsed("Khoai deo hết hạn"), ranking=3
    )
    ProductRecommendation.objects.create(
        primary=product,
        recommendation=make_product("Chưa chứng nhận", certificate=False),
        ranking=1,
    )

    html = page(client, product.get_absolute_url())

    assert "Chè lam Phủ Quảng" in html
    assert "Khoai deo hết hạn" not in html
    assert "Chưa chứng nhận" not in html


@pytest.mark.parametrize("url", ["reviews/", "reviews/add/"])
def test_reviews_are_off(client, url):
    product = make_product("Bánh gai Tứ Trụ")
    assert client.get(product.get_absolute_url() + url).status_code == 404
