"""One address per language: Vietnamese unprefixed, English under /en/.

The VI/EN switch on every page links to the same page in the other language
(a Wagtail page's translation where one exists); hreflang alternates say the
same to search engines. The browser's Accept-Language is never followed.
"""
import pytest

from tests.cms import builders
from tests.factories import make_producer, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    producer = make_producer("HTX Chè")
    product = make_product("Chè Thái Nguyên", producer=producer)
    return [
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


def switch_link(html, code):
    """The href of the switch's link to ``code``."""
    marker = f'hreflang="{code}" lang="{code}"'
    start = html.index(marker)
    href = html.rindex('href="', 0, start) + len('href="')
    return html[href:html.index('"', href)]


def test_every_page_type_has_an_english_address_and_a_switch_to_it(client, pages):
    for page in pages:
        english_url = "/en" + page.url
        html = client.get(page.url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
        assert '<html lang="vi"' in html, page.url
        assert switch_link(html, "en") == english_url, page.url
        assert switch_link(html, "vi") == page.url, page.url
        assert f'hreflang="en" href="http://testserver{english_url}"' in html, page.url
        assert f'hreflang="x-default" href="http://testserver{page.url}"' in html, page.url

        response = client.get(english_url)
        assert response.status_code == 200, english_url
        html = response.content.decode()
        assert '<html lang="en"' in html, english_url
        assert f'<link rel="canonical" href="http://testserver{english_url}"' in html
        assert switch_link(html, "vi") == page.url, english_url
        assert 'aria-current="true">EN<' in html, english_url


def test_translated_page_lives_at_its_own_english_address(client):
    from cms.demo_translations import translate

    home = builders.home()
    home.slug = "home"
    article = builders.article("Khai mạc tuần hàng OCOP miền Trung", slug="tuan-hang",
                               intro="Hơn 300 sản phẩm.")
    english_home = translate(home)
    english_news = builders.news_index().copy_for_translation(english_home.locale)
    english_news.slug = "news"
    english_news.save_revision().publish()
    english = article.copy_for_translation(english_home.locale)
    english.title, english.intro = "Central Vietnam OCOP week opens", "Over 300 products."
    english.slug = "ocop-week"
    english.save_revision().publish()
    english.refresh_from_db()
    assert english.url == "/en/news/ocop-week/"

    client.cookies["django_language"] = "en"  # an old choice does not move the address
    html = client.get(article.url).content.decode()
    assert "Khai mạc tuần hàng OCOP miền Trung" in html and "Central Vietnam" not in html
    assert switch_link(html, "en") == "/en/news/ocop-week/"

    html = client.get("/en/news/ocop-week/").content.decode()
    assert "Central Vietnam OCOP week opens" in html and "Over 300 products." in html
    assert "Khai mạc tuần hàng" not in html
    assert switch_link(html, "vi") == article.url
    assert 'hreflang="vi" href="http://testserver/tin-tuc/tuan-hang/"' in html
    html = client.get("/en/").content.decode()
    assert "Certified OCOP products, straight from where they are made" in html
    assert "Certified OCOP products" not in client.get("/").content.decode()


@pytest.mark.parametrize("english_home", [False, True])
def test_untranslated_page_falls_back_to_vietnamese(client, english_home):
    from cms.demo_translations import translate

    article = builders.article("Tin chưa dịch")
    if english_home:
        translate(builders.home())
    response = client.get("/en" + article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tin chưa dịch" in html and '<html lang="en"' in html
    assert client.get("/en/khong-co-trang-nay/").status_code == 404


def test_shop_pages_have_english_addresses(client):
    product_url = make_product("Chè Thái Nguyên").get_absolute_url()
    for url in ("/catalogue/", product_url, "/basket/", "/search/?q=che",
                "/producers/", "/outlets/"):
        html = client.get(url).content.decode()
        assert '<html lang="vi"' in html, url
        english = client.get("/en" + url)
        assert english.status_code == 200, url
        assert '<html lang="en"' in english.content.decode(), url
        assert switch_link(english.content.decode(), "vi").replace("&amp;", "&") == url, url


def test_english_links_stay_english(client):
    product_url = make_product("Chè Thái Nguyên").get_absolute_url()
    html = client.get("/en/catalogue/").content.decode()
    assert f'href="/en{product_url}"' in html
    assert 'href="/en/basket/"' in html


def test_reading_a_page_in_english_remembers_the_choice_for_qr_pages(client):
    assert "django_language" not in client.get("/").cookies
    response = client.get("/en/")
    assert response.cookies["django_language"].value == "en"
    assert "django_language" not in client.get("/en/catalogue/").cookies  # unchanged
    assert client.get("/").cookies["django_language"].value == "vi"


def test_language_neutral_addresses_stay_outside_the_prefix(client):
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/api/").status_code == 200
    for path in ("/en/sitemap.xml", "/en/api/", "/en/t/abc/", "/en/cms-admin/"):
        assert client.get(path).status_code == 404, path
