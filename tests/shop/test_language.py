"""Vietnamese is the default language; English only when the visitor chooses it."""
import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_vietnamese_by_default_even_for_an_english_browser(client):
    response = client.get(reverse("basket:summary"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.wsgi_request.LANGUAGE_CODE == "vi"
    assert '<html lang="vi"' in response.content.decode()


def test_english_when_chosen(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/basket/"})
    response = client.get(reverse("basket:summary"))
    assert response.wsgi_request.LANGUAGE_CODE == "en"
    assert '<html lang="en"' in response.content.decode()
