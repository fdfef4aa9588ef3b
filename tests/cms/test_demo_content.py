"""``make run`` content: the demo pages exist, render, and use the demo catalogue."""
import pytest
from django.test import Client

from cms.models import EventPage, NewsArticlePage, ProducerStoryPage, RegionPage, ThemeSettings
from cms.models.home import HomePage


@pytest.fixture
def client():
    return Client()


def test_load_demo_reports_the_content_and_the_portal(demo):
    assert "Nội dung: trang chủ, 2 tin, 1 hội chợ, 1 livestream" in demo
    assert "http://quangtri.localhost:8000/" in demo


@pytest.mark.django_db
def test_demo_pages_of_each_kind_in_vietnamese_and_english(demo):
    for language in ("vi", "en"):
        pages = {model: model.objects.live().filter(locale__language_code=language)
                 for model in (NewsArticlePage, EventPage, ProducerStoryPage, RegionPage)}
        assert pages[NewsArticlePage].count() == 2, language
        kinds = sorted(pages[EventPage].values_list("kind", flat=True))
        assert kinds == ["livestream", "trade_fair"], language
        assert pages[ProducerStoryPage].get().producer.is_demo
        assert sorted(pages[RegionPage].values_list("province_code", flat=True)) == ["38", "44"]
        for event in pages[EventPage]:
            assert event.listed_products()
    english = NewsArticlePage.objects.filter(locale__language_code="en")
    assert all("(demo data)" in page.title for page in english)


@pytest.mark.django_db
def test_every_demo_page_renders_on_its_portal(demo, client):
    home = HomePage.objects.get(sites_rooted_here__is_default_site=True)
    for page in home.get_descendants(inclusive=True).live().specific():
        response = client.get(page.url, HTTP_HOST="localhost")
        assert response.status_code == 200, page.url
    response = client.get("/", HTTP_HOST="quangtri.localhost")
    assert response.status_code == 200
    assert 'data-theme="quang-tri"' in response.content.decode()
    assert ThemeSettings.objects.get(site__hostname="quangtri.localhost").province_code == "44"
    event = EventPage.objects.first()
    assert client.get(event.ics_url, HTTP_HOST="localhost")["Content-Type"].startswith(
        "text/calendar")
