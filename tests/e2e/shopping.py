"""What a shopper does in the browser, step by step, for the checkout tests.

Shared by the cash/transfer tests (``test_checkout.py``) and the card tests
(``test_checkout_card.py``): from a product page to the preview page.
"""
from django.urls import reverse


def add_to_basket(page, base, product):
    page.goto(base + product.get_absolute_url())
    page.locator("form[action*='/basket/add/'] button[type=submit]").first.click()
    page.wait_for_load_state()


def checkout_as_guest(page, base, method, on_each_page=None):
    """From a filled basket to the preview page, paying by ``method``.

    ``on_each_page(page)`` is called on every checkout page as it opens (the
    accessibility test runs axe-core there).
    """
    on_each_page = on_each_page or (lambda page: None)
    page.goto(base + reverse("checkout:index"))
    on_each_page(page)
    page.fill("input[name=username]", "khach@example.vn")
    page.check("input[name=options][value=anonymous]")
    page.locator("form button[type=submit]").first.click()

    page.wait_for_url("**" + reverse("checkout:shipping-address"))
    on_each_page(page)
    page.fill("input[name=first_name]", "Nguyễn Thị Lan")
    page.fill("input[name=phone_number]", "0912345678")
    page.fill("input[name=line1]", "12 Lê Lợi")
    page.select_option("select[name=province_code]", "38")
    # The commune list follows the province (fetched for the datalist).
    # A selector, not wait_for_function: the page's CSP forbids eval.
    page.locator("#communes option").nth(100).wait_for(state="attached")
    page.fill("input[name=commune]", "Phường Hạc Thành")
    page.locator("#new_shipping_address button[type=submit]").click()

    page.wait_for_url("**" + reverse("checkout:payment-method"))
    on_each_page(page)
    assert page.locator("input[name=method][value=cod]").is_checked()
    page.check(f"input[name=method][value={method}]")
    page.locator("#payment_method_form button[type=submit]").click()
    page.wait_for_url("**" + reverse("checkout:preview"))
    on_each_page(page)
