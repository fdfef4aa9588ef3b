"""The trace page has its own VI/EN switch, and its home link keeps the language.

A QR path (/01/…, /t/…) has no language of its own: it follows the
language cookie (shop.middleware.ChosenLanguageMiddleware). The page's
switch posts to Django's set_language with this address as ``next``, so
the visitor comes back to the same code, now in the chosen language; the
footer link leads to the home page in that language (/ or /en/).
"""
import re

import pytest
from django.test import Client

from traceability.models import ShortCode

from .builders import batch, traced_product

pytestmark = pytest.mark.django_db


def form_fields(html):
    """The switch's form: its action and hidden fields, as a browser would post them."""
    form = re.search(r'<form id="language_selector"[^>]*action="([^"]+)".*?</form>', html, re.S)
    assert form, "no language switch on the page"
    hidden = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form.group(0)))
    return form.group(1), hidden


def home_link(html):
    return re.search(r'<footer><a href="([^"]+)"', html).group(1)


@pytest.mark.parametrize("short_code", [False, True])
def test_switching_to_english_on_a_trace_page(short_code):
    client = Client(enforce_csrf_checks=True)  # the switch must carry its token
    product = traced_product("Chè shan tuyết", gtin=not short_code)
    if short_code:
        url = f"/t/{ShortCode.objects.create(product=product).token}"
    else:
        url = f"/01/{product.upc}/10/{batch(product, 'L2025-09').lot}"

    html = client.get(url).content.decode()
    assert '<html lang="vi"' in html and home_link(html) == "/"
    action, hidden = form_fields(html)
    assert action == "/i18n/setlang/" and hidden["next"] == url

    response = client.post(action, {**hidden, "language": "en"}, follow=True)
    assert response.redirect_chain[-1] == (url, 302)
    html = response.content.decode()
    assert '<html lang="en"' in html and "Buy online" in html
    assert home_link(html) == "/en/"
    assert 'value="en" lang="en"' in html and 'aria-pressed="true">EN' in html

    # And back: the same switch returns the page to Vietnamese.
    action, hidden = form_fields(html)
    html = client.post(action, {**hidden, "language": "vi"}, follow=True).content.decode()
    assert '<html lang="vi"' in html and "Mua trực tuyến" in html and home_link(html) == "/"


def test_an_unknown_code_page_has_the_switch_too(client):
    html = client.get("/01/08930000000007").content.decode()
    action, hidden = form_fields(html)
    assert hidden["next"] == "/01/08930000000007"
    html = client.post(action, {**hidden, "language": "en"}, follow=True).content.decode()
    assert '<html lang="en"' in html and home_link(html) == "/en/"
