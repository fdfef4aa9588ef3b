"""The outlet list and outlet page in English at their /en/ addresses
(``shop.middleware.ChosenLanguageMiddleware``: Vietnamese otherwise)."""
import pytest
import time_machine

from tests.outlets.builders import HUE_STATION, make_outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(client):
    class English:
        """The test client, asking for the English address of a page."""

        def get(self, path, *args, **kwargs):
            return client.get("/en" + path, *args, **kwargs)

    return English()


def test_outlet_list_in_english(english):
    make_outlet(HUE_STATION)
    response = english.get("/outlets/")
    html = response.content.decode()
    assert response.wsgi_request.LANGUAGE_CODE == "en"
    assert '<html lang="en"' in html
    assert "Railway station" in html and "Ga đường sắt (nhà ga)" not in html
    assert "All provinces and cities" in html
    assert ">Filter<" in html
    assert "Điểm OCOP Ga Huế" in html  # names stay as they are


@time_machine.travel("2026-03-04 10:00 +0700", tick=False)
def test_outlet_page_in_english(english):
    outlet = make_outlet(HUE_STATION)
    html = english.get(outlet.get_absolute_url()).content.decode()
    assert '<html lang="en"' in html
    for text in ("Opening hours", "Directions", "Open now", "Railway station"):
        assert text in html, text
    assert "Chỉ đường" not in html and "Đang mở cửa" not in html


def test_an_english_browser_still_gets_vietnamese(client):
    make_outlet(HUE_STATION)
    html = client.get("/outlets/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="vi"' in html and "Ga đường sắt (nhà ga)" in html
