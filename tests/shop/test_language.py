"""Vietnamese is the default language; English at /en/ addresses, never from the browser."""
import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_vietnamese_by_default_even_for_an_english_browser(client):
    response = client.get(reverse("basket:summary"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.wsgi_request.LANGUAGE_CODE == "vi"
    assert '<html lang="vi"' in response.content.decode()
    assert "Accept-Language" not in response.get("Vary", "")


def test_english_at_the_english_address(client):
    with translation.override("en"):
        url = reverse("basket:summary")
    assert url == "/en/basket/"
    response = client.get(url)
    assert response.wsgi_request.LANGUAGE_CODE == "en"
    assert '<html lang="en"' in response.content.decode()
    assert response["Content-Language"] == "en"


def test_the_cookie_does_not_change_a_vietnamese_address(client):
    client.cookies["django_language"] = "en"
    response = client.get("/basket/")
    assert '<html lang="vi"' in response.content.decode()
