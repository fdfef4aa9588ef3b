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
