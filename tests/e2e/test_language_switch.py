"""The VI/EN switch in a real browser, on every page type.

Each page is opened in Vietnamese, the switch's EN link is clicked, and the
browser must land on the same page's English address with the English
interface; the VI link then brings it back. The test client checks the
links' addresses (tests/cms/test_languages.py); this checks that a visitor
clicking them gets there.
"""
import pytest

from tests.cms import builders
from tests.factories import make_producer, make_product

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_the_switch_works_on_every_page_type(page, live_server):
    producer = make_producer("HTX Chè")
    product = make_product("Chè Thái Nguyên", producer=producer)
    wagtail_pages = [
        builders.home(),
        builders.news_index(),
        builders.article("Tin OCOP"),
        builders.story(producer, "Câu chuyện chè"),
        builders.event_index(),
        builders.event("Hội chợ", producers=[producer], products=[product]),
        builders.region_index(),
        builders.region("38"),
        builders.collection([product]),
    ]
    paths = [p.url for p in wagtail_pages] + [
        "/catalogue/", product.get_absolute_url(), "/search/?q=che", "/producers/",
        producer.get_absolute_url(), "/outlets/", "/basket/",
    ]
    for path in paths:
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "vi", path
        page.locator("#language_selector a[hreflang=en]").click()
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "en", path
        assert page.url == live_server.url + "/en" + path, path

        page.locator("#language_selector a[hreflang=vi]").click()
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "vi", path
        assert page.url == live_server.url + path, path
