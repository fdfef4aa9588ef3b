"""The home page (Wagtail) inside the shop's layout."""
import datetime as dt

import pytest
from django.utils import timezone

from catalog.groups import GROUPS
from tests.factories import make_product

pytestmark = pytest.mark.django_db


def home(client):
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_home_page_shows_hero_groups_and_links(client):
    html = home(client)

    assert "Sản phẩm OCOP được chứng nhận, từ tận nơi sản xuất" in html  # hero
    assert "Chỉ những sản phẩm có giấy chứng nhận OCOP" in html  # rich text
    for _code, vi_name, _en in GROUPS:
        assert vi_name in html
    assert 'href="/catalogue/"' in html
    assert 'href="/producers/"' in html


def test_home_page_describes_itself_to_search_engines(client):
    # Without an SEO description the hero text serves (Lighthouse SEO: meta-description).
    html = home(client)
    assert '<meta name="description" content="Chỉ những sản phẩm có giấy chứng nhận OCOP' in html


def test_home_page_features_listed_products_only(client):
    today = timezone.localdate()
    listed = make_product("Nem chua Thanh Hóa")
    make_product(
        "Bánh đa hết hạn",
        issued_on=today - dt.timedelta(days=1200),
        valid_until=today - dt.timedelta(days=1),
    )
    make_product("Rượu bị thu hồi", status="revoked")

    html = home(client)

    assert "Nem chua Thanh Hóa" in html
    assert listed.get_absolute_url() in html
    assert "4 sao OCOP" in html
    assert "Bánh đa hết hạn" not in html
    assert "Rượu bị thu hồi" not in html


def test_home_page_uses_shop_layout_theme_and_language_switcher(client):
    html = home(client)

    assert "/basket/" in html  # Oscar's header and mini-basket
    assert 'action="/search/"' in html
    assert "ocop/ocop.css" in html
    assert 'href="/" hreflang="vi" lang="vi"' in html
    assert 'href="/en/" hreflang="en" lang="en"' in html


def test_english_home_page(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()
