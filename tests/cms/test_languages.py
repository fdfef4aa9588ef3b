"""The VI/EN switch on every page type, through the project's language cookie."""
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


def test_every_page_type_offers_the_switch_and_follows_it(client, pages):
    for page in pages:
        html = client.get(page.url).content.decode()
        assert '<html lang="vi"' in html, page.url
        assert 'action="/i18n/setlang/"' in html, page.url
        assert 'name="language" value="en"' in html, page.url

    response = client.post("/i18n/setlang/", {"language": "en", "next": pages[2].url})
    assert response.status_code == 302
    assert response["Location"] == pages[2].url  # back to the same page
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert '<html lang="en"' in html, page.url
        assert 'aria-pressed="true">EN<' in html, page.url


def test_translated_page_content_follows_the_language_cookie(client):
    from cms.demo_translations import translate

    home = builders.home()
    home.slug = "home"
    article = builders.article("Khai mạc tuần hàng OCOP miền Trung", slug="tuan-hang",
                               intro="Hơn 300 sản phẩm.")
    english_home = translate(home)
    english_news = builders.news_index().copy_for_translation(english_home.locale)
    english_news.save_revision().publish()
    english = article.copy_for_translation(english_home.locale)
    english.title, english.intro = "Central Vietnam OCOP week opens", "Over 300 products."
    english.save_revision().publish()

    html = client.get(article.url).content.decode()
    assert "Khai mạc tuần hàng OCOP miền Trung" in html and "Central Vietnam" not in html

    client.cookies["django_language"] = "en"
    html = client.get(article.url).content.decode()  # the same address
    assert "Central Vietnam OCOP week opens" in html and "Over 300 products." in html
    assert "Khai mạc tuần hàng" not in html
    html = client.get("/").content.decode()
    assert "Certified OCOP products, straight from where they are made" in html


@pytest.mark.parametrize("english_home", [False, True])
def test_untranslated_page_falls_back_to_vietnamese(client, english_home):
    from cms.demo_translations import translate

    article = builders.article("Tin chưa dịch")
    if english_home:
        translate(builders.home())
    client.cookies["django_language"] = "en"
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Tin chưa dịch" in response.content.decode()
    assert client.get("/khong-co-trang-nay/").status_code == 404
