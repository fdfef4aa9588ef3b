"""In Chromium, the public pages work under the Content-Security-Policy.

Every page is opened with the real header; the browser reports each thing
the policy blocks (a ``securitypolicyviolation`` event and a console error).
None may be reported, and Oscar's JavaScript (now started from a static
file, not inline) must have run.
"""
import pytest
from django.utils.http import urlencode

from tests.factories import make_product
from tests.outlets.builders import make_outlet

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
    window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def test_public_pages_load_without_csp_violations(page, live_server, settings):
    # Tiles would be fetched from outside; the test stays off the network.
    settings.OCOP_MAP_TILE_URL = live_server.url + "/static/tiles/{z}/{x}/{y}.png"
    product = make_product("Bánh gai Tứ Trụ", stars=4)
    make_outlet()
    errors = []
    page.on("console", lambda msg: msg.type == "error" and "Content Security Policy" in msg.text
            and errors.append(msg.text))
    page.add_init_script(WATCH)

    urls = ["/", "/catalogue/", product.get_absolute_url(),
            "/search/?" + urlencode({"q": "bánh"}), "/outlets/", "/outlets/map/", "/basket/"]
    for url in urls:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
        assert page.evaluate("window.__cspViolations") == [], url
        # Oscar's start-up ran from ocop/oscar-init.js: forms are wired.
        assert page.evaluate("typeof window.oscar === 'object' && !!window.jQuery"), url
    assert errors == []

    # The "View basket" button became a link and still leads to the basket.
    page.goto(live_server.url + product.get_absolute_url())
    page.locator("form[action*='/basket/add/'] button[type=submit]").first.click()
    page.wait_for_load_state("load")
    assert page.evaluate("window.__cspViolations") == []
    assert errors == []
