"""Two portals from one install: the national site and Quảng Trị's, by host name."""
import pytest
from wagtail.models import Page, Site

from cms.models import HomePage, ThemeSettings
from tests.cms import builders
from tests.factories import make_producer, make_product
from tests.outlets.builders import HANOI_STATION, make_outlet

pytestmark = pytest.mark.django_db
NATIONAL, PORTAL = "localhost", "quangtri.localhost"
QUANG_TRI = "44"


@pytest.fixture
def portal(db):
    root = Page.get_first_root_node()
    home = HomePage(title="Sản phẩm OCOP Quảng Trị", slug="quang-tri",
                    hero_title="Cổng OCOP Quảng Trị")
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.create(hostname=PORTAL, port=80, root_page=home)
    ThemeSettings.objects.create(site=site, theme="quang-tri", province_code=QUANG_TRI)
    return site


def get(client, host, url="/"):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, (host, url)
    return response.content.decode()


def test_each_host_gets_its_own_theme_and_home_page(client, portal):
    national = get(client, NATIONAL)
    provincial = get(client, PORTAL)
    national_again = get(client, NATIONAL)  # the template cache keeps themes apart

    assert "Cổng OCOP Quảng Trị" in provincial
    assert 'data-theme="quang-tri"' in provincial
    assert "quang-tri/theme.css" in provincial
    assert "ocop/ocop.css" in provincial  # built on the national theme
    assert 'href="http://localhost/"' in provincial  # link back to the national portal
    for html in (national, national_again):
        assert "Cổng OCOP Quảng Trị" not in html
        assert 'data-theme="quang-tri"' not in html
        assert "quang-tri/theme.css" not in html
        assert "ocop/ocop.css" in html


def test_shop_pages_wear_the_portal_theme_too(client, portal):
    product = make_product("Hồ tiêu Cùa")
    assert 'data-theme="quang-tri"' in get(client, PORTAL, product.get_absolute_url())
    assert 'data-theme="quang-tri"' not in get(client, NATIONAL, product.get_absolute_url())
    assert 'data-theme="quang-tri"' in get(client, PORTAL, "/producers/")


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start:html.index("</section>", start)]


def test_portal_shows_its_province_products_producers_and_outlets_first(client, portal):
    local = make_producer("HTX Hồ tiêu Cùa", province_code=QUANG_TRI)
    elsewhere = make_producer("HTX Hà Nội", province_code="01")
    make_product("Hồ tiêu Cùa", producer=local)
    make_product("Bánh cốm Hà Nội", producer=elsewhere)  # newer
    make_outlet(HANOI_STATION)
    qt_outlet = make_outlet(HANOI_STATION, name="Điểm OCOP Đông Hà", province_code=QUANG_TRI,
                            commune_code="", latitude=None, longitude=None)

    provincial = get(client, PORTAL)
    assert provincial.index("Hồ tiêu Cùa") < provincial.index("Bánh cốm Hà Nội")
    producers = section(provincial, "province-producers")
    assert "HTX Hồ tiêu Cùa" in producers and "HTX Hà Nội" not in producers
    outlets = section(provincial, "province-outlets")
    assert qt_outlet.name in outlets and "Điểm OCOP Ga Hà Nội" not in outlets

    national = get(client, NATIONAL)
    assert national.index("Bánh cốm Hà Nội") < national.index("Hồ tiêu Cùa")  # newest first
    assert "Điểm OCOP Đông Hà" not in national


def test_sitemap_of_each_portal_names_its_own_host(client, portal):
    builders.article("Tin quốc gia")
    national = client.get("/sitemap.xml", HTTP_HOST=NATIONAL).content.decode()
    provincial = client.get("/sitemap.xml", HTTP_HOST=PORTAL).content.decode()
    assert "http://localhost/tin-tuc/" in national
    assert "http://quangtri.localhost/" in provincial
    assert "/tin-tuc/" not in provincial  # its pages are its own


def test_unknown_theme_is_refused_in_settings(portal):
    from django.core.exceptions import ValidationError

    settings = ThemeSettings.for_site(portal)
    settings.theme = "khong-co"
    with pytest.raises(ValidationError):
        settings.full_clean()


def test_warm_requests_read_the_portal_from_the_cache(client, portal, django_assert_num_queries):
    """The theme middleware runs on every request: warm, it costs no query."""
    get(client, PORTAL, "/robots.txt")  # cold: the site and its settings are read once
    with django_assert_num_queries(0):
        get(client, PORTAL, "/robots.txt")
        get(client, PORTAL, "/robots.txt")


def test_a_saved_setting_takes_effect_on_the_next_request(client, portal):
    assert 'data-theme="quang-tri"' in get(client, PORTAL)
    settings = ThemeSettings.objects.get(site=portal)
    settings.theme = "national"
    settings.save()
    assert 'data-theme="quang-tri"' not in get(client, PORTAL)

    settings.delete()
    portal.root_page = builders.home()
    portal.save()  # the site itself changed: its home page is the national one now
    assert "Cổng OCOP Quảng Trị" not in get(client, PORTAL)
