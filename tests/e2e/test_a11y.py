"""Accessibility of the buyer's path in a real browser, in both languages.

axe-core (WCAG 2.1 A/AA, serious and critical) on the catalogue, a product
page, search results, the basket, each checkout step and a QR trace page;
then the keyboard: a skip link first, and Tab reaches the main navigation,
the search box, the language switch and "add to basket", each with a
visible focus indicator.
"""
import pytest
from django.urls import reverse
from django.utils import translation

from tests.e2e.axe import assert_none_found, serious_violations
from tests.e2e.shopping import add_to_basket, checkout_as_guest
from tests.factories import make_producer, make_product
from tests.traceability.builders import batch, traced_product, zone

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_buyer_pages_pass_axe_in_both_languages(page, live_server):
    pytest.importorskip("axe_playwright_python")
    base = live_server.url
    product = make_product("Nem chua Thanh Hóa", producer=make_producer("HTX A"), stars=4,
                           price=120000)
    make_product("Chiếu cói Nga Sơn", price=None)  # "Liên hệ": no price, no basket
    traced = traced_product("Chè shan tuyết")
    lot = batch(traced, "L2025-09", zones=[zone(traced.producer)], events=2)
    found = {}

    def check(page):
        violations = serious_violations(page)
        if violations:
            found[page.url] = violations

    for language in ("vi", "en"):
        with translation.override(language):
            for url in (reverse("catalogue:index"), product.get_absolute_url(),
                        reverse("search:search") + "?q=nem"):
                page.goto(base + url)
                check(page)
            add_to_basket(page, base, product)
            page.goto(base + reverse("basket:summary"))
            check(page)
            checkout_as_guest(page, base, "cod", on_each_page=check)
        # The trace page has one address; it follows the language last read.
        page.goto(f"{base}/01/{traced.upc}/10/{lot.lot}")
        assert page.locator("html").get_attribute("lang") == language
        check(page)
    assert_none_found(found)


FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
        tag: el.tagName.toLowerCase(), name: el.getAttribute("name"),
        hreflang: el.getAttribute("hreflang"), href: el.getAttribute("href"),
        text: el.innerText.trim(), inNav: !!el.closest(".ocop-navbar"),
        addToBasket: !!el.closest("form[action*='/basket/add/']"),
        visible: el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().top >= 0,
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== "none",
    };
}"""


def test_keyboard_reaches_everything_a_buyer_needs(page, live_server):
    product = make_product("Nem chua Thanh Hóa", price=120000)
    page.goto(live_server.url + product.get_absolute_url())

    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUSED)
    assert skip["href"] == "#main" and skip["visible"], skip
    assert skip["text"] == "Bỏ qua, đến nội dung chính"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"

    page.goto(live_server.url + product.get_absolute_url())
    reached = {}
    for _ in range(120):
        page.keyboard.press("Tab")
        element = page.evaluate(FOCUSED)
        assert element["outline"] or element["shadow"], f"no visible focus: {element}"
        if element["hreflang"] == "en":
            reached["language switch"] = element
        if element["inNav"] and element["href"] == reverse("catalogue:index"):
            reached["main navigation"] = element
        if element["name"] == "q":
            reached["search"] = element
        if element["addToBasket"] and element["tag"] == "button":
            reached["add to basket"] = element
            break
    assert set(reached) == {"language switch", "main navigation", "search", "add to basket"}, \
        reached
