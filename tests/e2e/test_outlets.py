"""Outlets in a real browser: the list without JavaScript, near me, the map."""
import pytest

from outlets.assortment import add_product
from tests.factories import make_product
from tests.outlets.builders import DANANG_AIRPORT, HUE_STATION, NEAR_HUE, make_outlet

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def network():
    hanoi = make_outlet()
    hue = make_outlet(HUE_STATION)
    make_outlet(DANANG_AIRPORT)
    add_product(hue, make_product("Mè xửng Huế"))
    return hanoi, hue


def test_list_filters_without_javascript(browser, live_server, network):
    context = browser.new_context(java_script_enabled=False, locale="vi-VN")
    page = context.new_page()
    page.goto(live_server.url + "/outlets/")
    assert page.get_by_text("Điểm OCOP Sân bay Đà Nẵng").count() >= 1
    page.select_option("select[name=province]", "46")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**province=46**")
    text = page.locator("main, body").first.inner_text()
    assert "Điểm OCOP Ga Huế" in text
    assert "Điểm OCOP Ga Hà Nội" not in text
    context.close()


def test_near_me_sorts_by_distance_from_the_browser_position(browser, live_server, network):
    latitude, longitude = NEAR_HUE
    context = browser.new_context(
        geolocation={"latitude": latitude, "longitude": longitude},
        permissions=["geolocation"],
        locale="vi-VN",
    )
    page = context.new_page()
    page.goto(live_server.url + "/outlets/")
    page.get_by_role("button", name="Dùng vị trí của tôi").click()
    page.wait_for_url("**lat=**")
    text = page.locator("body").inner_text()
    assert text.index("Điểm OCOP Ga Huế") < text.index("Điểm OCOP Sân bay Đà Nẵng")
    assert text.index("Điểm OCOP Sân bay Đà Nẵng") < text.index("Điểm OCOP Ga Hà Nội")
    assert "km" in text
    context.close()


def test_map_shows_a_marker_per_outlet_and_outlet_page_lists_products(
    page, live_server, network
):
    # No tile server is reachable here; the markers come from our own data.
    page.route("**/*.png", lambda route: route.abort()
               if "tile" in route.request.url else route.continue_())
    page.goto(live_server.url + "/outlets/map/")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() == 3

    hanoi, hue = network
    page.goto(live_server.url + hue.get_absolute_url())
    assert "Mè xửng Huế" in page.locator("body").inner_text()


def test_product_page_near_me_lists_the_nearest_outlets_first(browser, live_server, network):
    product = make_product("Mè xửng Thiên Hương")
    for outlet in network:
        add_product(outlet, product)
    add_product(make_outlet(DANANG_AIRPORT, name="Điểm OCOP Đà Nẵng 2"), product)
    latitude, longitude = NEAR_HUE
    context = browser.new_context(
        geolocation={"latitude": latitude, "longitude": longitude},
        permissions=["geolocation"], locale="vi-VN",
    )
    page = context.new_page()
    page.goto(live_server.url + product.get_absolute_url())
    section = page.locator("#product-outlets")
    assert "km" not in section.inner_text()  # by province until the visitor asks
    page.get_by_role("button", name="Điểm bán gần tôi").click()
    page.wait_for_url("**lat=**")
    text = page.locator("#product-outlets").inner_text()
    assert text.index("Điểm OCOP Ga Huế") < text.index("Điểm OCOP Ga Hà Nội")
    assert "km" in text
    context.close()


def test_officer_edits_its_outlet_in_the_dashboard(browser, live_server, network):
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from backoffice.roles import make_officer

    officer = make_officer(get_user_model().objects.create_user("canbo-hue"), "46")
    client = Client()
    client.force_login(officer)
    context = browser.new_context(locale="vi-VN")
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                          "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                          "url": live_server.url}])
    page = context.new_page()
    hanoi, hue = network
    page.goto(live_server.url + "/dashboard/outlets/")
    assert page.locator(f"a[href='/dashboard/outlets/{hanoi.pk}/edit/']").count() == 0
    page.click(f"a[href='/dashboard/outlets/{hue.pk}/edit/']")
    page.fill("input[name=operator]", "Công ty CP Vận tải Đường sắt")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url(f"**/dashboard/outlets/{hue.pk}/")
    assert "Công ty CP Vận tải Đường sắt" in page.locator("body").inner_text()
    response = page.goto(live_server.url + f"/dashboard/outlets/{hanoi.pk}/edit/")
    assert response.status == 404
    context.close()
