"""Content-Security-Policy: public pages carry a strict policy and need it.

Every main public page (home, catalogue, product, search, basket, each
checkout step, trace page, outlets, news) answers with a policy whose
``script-src`` allows no inline script, and its HTML has none to run: every
``<script>`` loads a file or holds JSON data, and no element has an
``on…=`` handler. The back office keeps inline script (third-party admin
templates) under a relaxed policy.
"""
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from catalog.models import Product
from cms.models.news import NewsArticlePage
from outlets.models import Outlet
from tests.checkout import steps
from traceability.models import ShortCode

DATA_TYPES = {"application/json", "application/ld+json"}


class ScriptAudit(HTMLParser):
    """Collects inline scripts and inline event handlers of one page."""

    def __init__(self):
        super().__init__()
        self.inline_scripts = []
        self.handlers = []
        self.script_sources = []
        self._in_inline = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.handlers += [f"<{tag} {name}=…>" for name in attrs if name.startswith("on")]
        if tag == "script":
            kind = (attrs.get("type") or "").lower()
            if attrs.get("src"):
                self.script_sources.append(attrs["src"])
            elif kind not in DATA_TYPES:
                self._in_inline = True
                self.inline_scripts.append("")

    def handle_data(self, data):
        if self._in_inline:
            self.inline_scripts[-1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline = False


def audit(response):
    parser = ScriptAudit()
    parser.feed(response.content.decode())
    return parser


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    parts = (part.strip().split() for part in policy.split(";") if part.strip())
    return {part[0]: part[1:] for part in parts}


def assert_strict(response, url):
    assert response.status_code == 200, url
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"], url
    assert not any(source.startswith("'nonce-") for source in policy["script-src"]), url
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    page = audit(response)
    assert page.inline_scripts == [], (url, [s.strip()[:120] for s in page.inline_scripts])
    assert page.handlers == [], (url, page.handlers)
    return page


@pytest.fixture
def public_urls(demo):
    product = Product.objects.listed().order_by("pk").first()
    news = NewsArticlePage.objects.live().order_by("pk").first()
    outlet = Outlet.objects.order_by("pk").first()
    code = ShortCode.objects.filter(product__in=Product.objects.listed()).first()
    urls = [
        "/",
        "/catalogue/",
        product.get_absolute_url(),
        "/search/?q=ch%C3%A8",
        "/outlets/",
        "/outlets/map/",
        outlet.get_absolute_url(),
        f"/t/{code.token}",
        "/accounts/login/",
    ]
    # A news article, and the page of a Wagtail-served index (news, events…).
    urls += [news.url, news.get_parent().url]
    return product, urls


@pytest.mark.django_db
def test_public_pages_carry_a_strict_policy_and_run_no_inline_script(client, public_urls):
    _product, urls = public_urls
    for url in urls:
        assert_strict(client.get(url, follow=True), url)


@pytest.mark.django_db
def test_basket_and_every_checkout_step_run_no_inline_script(client, public_urls):
    product, _urls = public_urls
    steps.add_to_basket(client, product)
    assert_strict(client.get(reverse("basket:summary")), "basket")
    assert_strict(client.get(reverse("checkout:index")), "gateway")
    steps.start_as_guest(client)
    page = assert_strict(client.get(reverse("checkout:shipping-address")), "address")
    # The commune suggestions moved to a static file, told its field by data-*.
    assert any(src.endswith("ocop/communes.js") for src in page.script_sources)
    assert steps.enter_address(client).status_code == 302
    assert steps.choose_payment(client).url == reverse("checkout:preview")
    assert_strict(client.get(reverse("checkout:preview")), "preview")
    response = steps.place_order(client)
    assert response.status_code == 302
    assert_strict(client.get(response.url), "thank-you")


@pytest.mark.django_db
def test_the_map_tiles_host_may_serve_images(client, settings, demo):
    settings.OCOP_MAP_TILE_URL = "https://{s}.tiles.example.vn/{z}/{x}/{y}.png"
    policy = directives(client.get("/outlets/map/"))
    assert "https://*.tiles.example.vn" in policy["img-src"]
    assert "'unsafe-inline'" not in policy["script-src"]


@pytest.mark.django_db
def test_stripe_js_is_allowed_only_when_cards_are_offered(client, settings):
    assert "js.stripe.com" not in client.get("/catalogue/")["Content-Security-Policy"]
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_x"
    policy = directives(client.get("/catalogue/"))
    assert "https://js.stripe.com" in policy["script-src"]
    assert "https://hooks.stripe.com" in policy["frame-src"]
    # A local emulator serves its own Stripe.js: its origin, not Stripe's.
    settings.STRIPE_API_BASE = "http://127.0.0.1:8420"
    policy = directives(client.get("/catalogue/"))
    assert policy["script-src"] == ["'self'", "http://127.0.0.1:8420"]
    assert "http://127.0.0.1:8420" in policy["connect-src"]


@pytest.mark.django_db
def test_back_office_keeps_inline_script_under_a_relaxed_policy(client, admin_user):
    client.force_login(admin_user)
    for url in ("/dashboard/", "/cms-admin/", "/django-admin/"):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert "'unsafe-inline'" in policy["script-src"], url
        assert policy["object-src"] == ["'none'"], url
    # Oscar's dashboard still starts its widgets inline, where that is allowed.
    assert "oscar.dashboard.init" in client.get("/dashboard/").content.decode()


@pytest.mark.django_db
def test_stripe_js_from_its_own_setting(client, settings):
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_x"
    settings.STRIPE_API_BASE = "http://localstripe:8420"
    settings.STRIPE_JS_URL = "http://127.0.0.1:8421/js.stripe.com/v3/"
    policy = directives(client.get("/catalogue/"))
    assert policy["script-src"] == ["'self'", "http://127.0.0.1:8421"]
