"""Public outlet pages: list and filters (no JavaScript), outlet page, map."""
import datetime as dt
import re

import pytest
import time_machine
from django.utils import timezone

from outlets.assortment import add_product
from outlets.models import OpeningException, Outlet
from tests.factories import make_product
from tests.outlets.builders import (
    DANANG_AIRPORT,
    HANOI_STATION,
    HUE_STATION,
    NEAR_HUE,
    make_outlet,
)

pytestmark = pytest.mark.django_db


def names(response):
    return re.findall(r'<h2 class="h5 card-title mb-1"><a href="[^"]+">([^<]+)</a>',
                      response.content.decode())


@pytest.fixture
def network():
    return [make_outlet(HANOI_STATION), make_outlet(HUE_STATION), make_outlet(DANANG_AIRPORT)]


def test_list_shows_active_outlets_with_type_and_address(client, network):
    network[2].change_status(Outlet.Status.CLOSED, reason="Hết hợp đồng")
    response = client.get("/outlets/")
    assert response.status_code == 200
    assert names(response) == ["Điểm OCOP Ga Hà Nội", "Điểm OCOP Ga Huế"]
    html = response.content.decode()
    assert "Ga đường sắt (nhà ga)" in html
    assert "Số 1, Phường Thuận Hóa, Thành phố Huế" in html


def test_list_filter_form_is_plain_html_get(client, network):
    html = client.get("/outlets/").content.decode()
    form = re.search(r'<form method="get" action="/outlets/"[^>]*>.*?</form>', html, re.S)
    assert form, "the filter is a plain GET form"
    for name in ("province", "commune", "type", "lat", "lon"):
        assert f'name="{name}"' in form.group(0)
    assert 'type="submit"' in form.group(0)


def test_filter_by_province(client, network):
    assert names(client.get("/outlets/?province=46")) == ["Điểm OCOP Ga Huế"]


def test_filter_by_type(client, network):
    assert names(client.get("/outlets/?type=airport")) == ["Điểm OCOP Sân bay Đà Nẵng"]


def test_filter_by_commune_offers_the_province_communes(client, network):
    make_outlet(HANOI_STATION, name="Điểm OCOP Hoàn Kiếm", commune_code="00070")
    response = client.get("/outlets/?province=01&commune=00070")
    assert names(response) == ["Điểm OCOP Hoàn Kiếm"]
    html = response.content.decode()
    assert '<option value="00070" selected>Phường Hoàn Kiếm</option>' in html
    assert '<option value="00073">Phường Cửa Nam</option>' in html


def test_bad_filter_value_is_reported_not_a_crash(client, network):
    response = client.get("/outlets/?province=99&type=airport")
    assert response.status_code == 200
    assert names(response) == ["Điểm OCOP Sân bay Đà Nẵng"]


def test_near_me_orders_by_distance_with_km(client, network):
    lat, lon = NEAR_HUE
    response = client.get(f"/outlets/?lat={lat}&lon={lon}")
    assert names(response) == ["Điểm OCOP Ga Huế", "Điểm OCOP Sân bay Đà Nẵng",
                               "Điểm OCOP Ga Hà Nội"]
    distances = [float(km.replace(",", ".")) for km in re.findall(
        r'<span class="outlets-distance">([\d.,]+) km', response.content.decode())]
    # Đại Nội to Ga Huế ≈ 1.5 km; to Đà Nẵng airport ≈ 80 km; to Hà Nội ≈ 540 km.
    assert 1 < distances[0] < 3
    assert 70 < distances[1] < 90
    assert 520 < distances[2] < 560


def test_near_me_combines_with_filters(client, network):
    lat, lon = NEAR_HUE
    response = client.get(f"/outlets/?lat={lat}&lon={lon}&type=railway_station")
    assert names(response) == ["Điểm OCOP Ga Huế", "Điểm OCOP Ga Hà Nội"]


def test_half_a_position_is_reported(client, network):
    response = client.get("/outlets/?lat=16.4")
    assert "Cần cả vĩ độ và kinh độ" in response.content.decode()
    assert len(names(response)) == 3


def test_list_is_paginated(client):
    for n in range(25):
        make_outlet(name=f"Điểm {n:02d}", hours=False)
    first = client.get("/outlets/?province=01")
    assert len(names(first)) == 20
    second = client.get("/outlets/?province=01&page=2")
    assert names(second) == [f"Điểm {n}" for n in range(20, 25)]


def test_list_says_open_now(client):
    make_outlet()
    at = dt.datetime(2026, 3, 2, 10, tzinfo=timezone.get_current_timezone())
    with time_machine.travel(at, tick=False):
        assert "Đang mở cửa" in client.get("/outlets/").content.decode()
    with time_machine.travel(at + dt.timedelta(hours=12), tick=False):
        assert "Đang đóng cửa" in client.get("/outlets/").content.decode()


def test_outlet_page_details_hours_and_directions(client):
    outlet = make_outlet(HUE_STATION, phone="0234 3822 175", approval_no="123/QĐ-SCT")
    OpeningException.objects.create(outlet=outlet, date=dt.date(2026, 2, 17), closed=True,
                                    reason="Tết Nguyên đán")
    at = dt.datetime(2026, 2, 17, 10, tzinfo=timezone.get_current_timezone())
    with time_machine.travel(at, tick=False):
        html = client.get(outlet.get_absolute_url()).content.decode()
    assert "Thứ Hai</th>" in html and "07:00–21:00" in html
    assert "Đang đóng cửa" in html and "Tết Nguyên đán" in html
    assert "https://www.openstreetmap.org/directions?to=16.456400,107.578600" in html
    assert 'href="geo:16.456400,107.578600"' in html
    assert "123/QĐ-SCT" in html


def test_unknown_outlet_is_404(client):
    assert client.get("/outlets/khong-co/").status_code == 404


def carried(client, outlet):
    html = client.get(outlet.get_absolute_url()).content.decode()
    return re.findall(r'<h3 class="mt-3">\s*<a href="[^"]+" title="([^"]+)"', html)


def test_outlet_page_shows_listed_products_as_cards(client):
    outlet = make_outlet()
    add_product(outlet, make_product("Nem chua Thanh Hóa"))
    assert carried(client, outlet) == ["Nem chua Thanh Hóa"]


def test_product_disappears_the_moment_its_certificate_is_revoked(client):
    outlet = make_outlet()
    product = make_product("Nem chua Thanh Hóa")
    add_product(outlet, make_product("Bánh gai Tứ Trụ"))
    add_product(outlet, product)
    product.certificates.get().change_status("revoked", "Vi phạm")
    assert carried(client, outlet) == ["Bánh gai Tứ Trụ"]


def test_product_disappears_when_its_certificate_expires(client):
    outlet = make_outlet()
    today = timezone.localdate()
    lapsing = make_product("Nem chua Thanh Hóa", valid_until=today + dt.timedelta(days=2))
    add_product(outlet, lapsing)
    assert carried(client, outlet) == ["Nem chua Thanh Hóa"]
    with time_machine.travel(timezone.now() + dt.timedelta(days=3)):
        assert carried(client, outlet) == []


def test_map_page_uses_local_leaflet_and_configured_tiles(client, settings):
    settings.OCOP_MAP_TILE_URL = "https://tiles.example.vn/{z}/{x}/{y}.png"
    html = client.get("/outlets/map/").content.decode()
    assert "/static/outlets/vendor/leaflet/leaflet.js" in html
    assert "unpkg" not in html and "cdn" not in html.lower()
    assert 'data-tile-url="https://tiles.example.vn/{z}/{x}/{y}.png"' in html


def test_map_json_lists_active_outlets_with_positions(client, network):
    network[0].change_status(Outlet.Status.SUSPENDED, reason="Sửa chữa")
    make_outlet(name="Không tọa độ", latitude=None, longitude=None)
    data = client.get("/outlets/map.json").json()
    assert [o["name"] for o in data["outlets"]] == ["Điểm OCOP Ga Huế",
                                                    "Điểm OCOP Sân bay Đà Nẵng"]
    assert data["outlets"][0]["lat"] == pytest.approx(16.4564)
    assert data["outlets"][0]["url"] == network[1].get_absolute_url()


def test_product_page_shows_outlets_carrying_it_until_it_lapses(client):
    from outlets.assortment import add_product
    from tests.factories import make_product
    from tests.outlets.builders import make_outlet

    product = make_product("Chè lam Phủ Quảng")
    add_product(make_outlet(), product)

    html = client.get(product.get_absolute_url()).content.decode()
    assert "Mua tại điểm bán OCOP" in html and "Điểm OCOP Ga Hà Nội" in html

    product.certificates.get().change_status("revoked", reason="Thu hồi thử")
    html = client.get(product.get_absolute_url()).content.decode()
    assert "Điểm OCOP Ga Hà Nội" not in html


# --- Nearest outlets on the product page ---------------------------------------
@pytest.fixture
def carried_product():
    product = make_product("Mè xửng Thiên Hương")
    for place in (HANOI_STATION, DANANG_AIRPORT, HUE_STATION):
        add_product(make_outlet(place), product)
    return product


def product_outlets(html):
    section = re.search(r'<section class="ocop-product-outlets.*?</section>', html, re.S)
    return re.findall(r'<a href="/outlets/[^"]+/">([^<]+)</a>', section.group(0))


def test_product_page_lists_outlets_by_province_without_a_position(client, carried_product):
    html = client.get(carried_product.get_absolute_url()).content.decode()
    assert product_outlets(html) == ["Điểm OCOP Sân bay Đà Nẵng", "Điểm OCOP Ga Hà Nội",
                                     "Điểm OCOP Ga Huế"]  # Đà Nẵng, Hà Nội, Huế
    assert "<h3" in html and "km</span>" not in html
    assert "data-outlets-near-link" in html and "outlets/near-link.js" in html


def test_product_page_orders_outlets_by_distance_from_the_visitor(client, carried_product):
    lat, lon = NEAR_HUE
    url = f"{carried_product.get_absolute_url()}?lat={lat}&lon={lon}"
    html = client.get(url).content.decode()
    assert product_outlets(html) == ["Điểm OCOP Ga Huế", "Điểm OCOP Sân bay Đà Nẵng",
                                     "Điểm OCOP Ga Hà Nội"]
    distances = re.findall(r'<span class="outlets-distance">([\d,.]+) km</span>', html)
    assert len(distances) == 3 and float(distances[0].replace(",", ".")) < 3


def test_product_page_ignores_a_bad_position(client, carried_product):
    response = client.get(f"{carried_product.get_absolute_url()}?lat=999&lon=abc")
    assert response.status_code == 200
    assert "km</span>" not in response.content.decode()


def test_the_same_tag_serves_the_trace_page():
    """The trace template renders {% outlets_for_product product 0 %}: all outlets."""
    from django.template import Context, Template
    from django.test import RequestFactory

    product = make_product("Trà Shan tuyết")
    for i in range(8):
        add_product(make_outlet(HUE_STATION, name=f"Điểm Huế {i}"), product)
    template = Template("{% load outlet_tags %}{% outlets_for_product product 0 %}")
    request = RequestFactory().get("/01/x", {"lat": NEAR_HUE[0], "lon": NEAR_HUE[1]})
    html = template.render(Context({"product": product, "request": request}))
    assert html.count('class="outlets-distance"') == 8
    assert "Xem tất cả điểm bán" not in html
