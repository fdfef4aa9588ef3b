"""Two portals, one server, in a real browser: national and Quảng Trị by host name.

Chromium resolves every ``*.localhost`` name to the loopback address, so the
live server answers both ``localhost`` and ``quangtri.localhost``.
"""
import datetime as dt
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from wagtail.models import Page, Site

from cms.models import HomePage, ThemeSettings
from tests.cms import builders
from tests.e2e.axe import assert_none_found, serious_violations
from tests.factories import make_producer, make_product

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
PORTAL_HOST = "quangtri.localhost"


def make_portal():
    root = Page.get_first_root_node()
    home = HomePage(title="Sản phẩm OCOP Quảng Trị", slug="quang-tri",
                    hero_title="Cổng OCOP Quảng Trị")
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(hostname=PORTAL_HOST, port=80, root_page=home)
    ThemeSettings.objects.create(site=site, theme="quang-tri", province_code="44")


def navbar_colour(page):
    return page.locator(".ocop-navbar").first.evaluate(
        "el => getComputedStyle(el).backgroundColor")


def test_national_and_provincial_portals_from_one_server(page, live_server):
    make_portal()
    local = make_producer("HTX Hồ tiêu Cùa", province_code="44")
    make_product("Hồ tiêu Cùa", producer=local)
    make_product("Bánh cốm Hà Nội", producer=make_producer("HTX Hà Nội", province_code="01"))
    port = urlsplit(live_server.url).port
    national, provincial = f"http://localhost:{port}", f"http://{PORTAL_HOST}:{port}"

    page.goto(national + "/")
    assert page.locator("[data-theme=quang-tri]").count() == 0
    national_colour = navbar_colour(page)
    text = page.locator("main, #content_inner").first.inner_text()
    assert text.index("Bánh cốm Hà Nội") < text.index("Hồ tiêu Cùa")  # newest first

    page.goto(provincial + "/")
    assert page.locator("[data-theme=quang-tri]").is_visible()
    assert page.get_by_role("heading", name="Cổng OCOP Quảng Trị").is_visible()
    assert navbar_colour(page) == "rgb(11, 79, 108)" != national_colour
    text = page.locator("#content_inner").inner_text()
    assert text.index("Hồ tiêu Cùa") < text.index("Bánh cốm Hà Nội")  # its province first

    # The portal's theme follows the visitor into the shop and the language switch.
    page.get_by_role("link", name="Hồ tiêu Cùa").first.click()
    assert page.locator("[data-theme=quang-tri]").is_visible()
    page.locator("#language_selector a[hreflang=en]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("[data-theme=quang-tri]").is_visible()


def test_an_expired_product_vanishes_from_an_editors_block(page, live_server):
    kept, lapsing = make_product("Mật ong bạc hà"), make_product("Nước mắm Cửa Hội")
    collection = builders.collection([kept, lapsing], "Quà Tết")
    port = urlsplit(live_server.url).port
    url = f"http://localhost:{port}{collection.url}"

    page.goto(url)
    assert page.get_by_role("link", name="Nước mắm Cửa Hội").count() >= 1

    lapsing.certificates.update(valid_until=timezone.localdate() - dt.timedelta(days=1))
    page.goto(url)
    assert page.get_by_role("link", name="Mật ong bạc hà").count() >= 1
    assert page.get_by_role("link", name="Nước mắm Cửa Hội").count() == 0


def test_content_pages_pass_axe_on_both_portals(page, live_server):
    pytest.importorskip("axe_playwright_python")
    make_portal()
    producer = make_producer("HTX Hồ tiêu Cùa", province_code="44")
    product = make_product("Hồ tiêu Cùa", producer=producer)
    pages = [
        builders.article("Tin OCOP", intro="Tin ngắn.", body=[
            ("heading", {"text": "Tiêu đề mục", "size": "h2"}),
            ("products", {"title": "Sản phẩm", "products": [product]}),
        ]),
        builders.story(producer, "Câu chuyện hồ tiêu"),
        builders.event("Hội chợ OCOP", producers=[producer], products=[product]),
        builders.region("44", "Quảng Trị"),
        builders.collection([product], "Quà Tết"),
    ]
    port = urlsplit(live_server.url).port
    urls = [f"http://localhost:{port}/", f"http://{PORTAL_HOST}:{port}/",
            f"http://localhost:{port}/en/"] + [
        f"http://localhost:{port}{urlsplit(p.url).path}" for p in pages]
    found = {}
    for url in urls:
        page.goto(url)
        violations = serious_violations(page)
        if violations:
            found[url] = violations
    assert_none_found(found)
