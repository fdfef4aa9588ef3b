"""The header's search box in Chromium: suggestions as a combobox driven by
the keyboard, and the same box as a plain form with JavaScript off."""
import pytest

from tests.factories import make_producer, make_product

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_suggestions_by_keyboard(page, live_server):
    from playwright.sync_api import expect

    product = make_product("Nước mắm cốt nhỉ", producer=make_producer("HTX Nước mắm Ba Làng"))
    make_product("Bánh gai Tứ Trụ")
    page.goto(live_server.url + "/outlets/")
    box = page.get_by_role("combobox", name="Tìm sản phẩm OCOP")
    box.press_sequentially("nuocmam")  # a missing space
    options = page.locator("#ocop-header-q-list [role=option]")
    expect(options).to_have_text(["Nước mắm cốt nhỉ", "HTX Nước mắm Ba Làng"])
    expect(box).to_have_attribute("aria-expanded", "true")

    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "ocop-header-q-list-0")
    expect(options.first).to_have_attribute("aria-selected", "true")
    box.press("ArrowUp")  # wraps to the last one
    expect(options.last).to_have_attribute("aria-selected", "true")

    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#ocop-header-q-list")).to_be_hidden()

    box.press("ArrowDown")  # opens the list again
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url(f"**{product.get_absolute_url()}")


def test_without_javascript_the_box_is_a_plain_search_form(browser, live_server):
    make_product("Bánh gai Tứ Trụ")
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/producers/")
        box = page.get_by_role("combobox", name="Tìm sản phẩm OCOP")
        box.fill("banh gia")  # one typo
        box.press("Enter")
        page.wait_for_url("**/search/?q=banh+gia")
        text = page.locator("body").inner_text()
        assert "Có phải bạn muốn tìm: bánh gai" in text
        assert "Bánh gai Tứ Trụ" in text
    finally:
        context.close()
