"""The search box in the site header: on every page, a plain GET form to
/search/ that works without JavaScript, with suggestions as an accessible
combobox driven by a static file (no inline script, for the CSP)."""
import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import make_product
from tests.search.helpers import titles

pytestmark = pytest.mark.django_db

HEADER_BOX = re.compile(
    r'<form[^>]*action="/search/"[^>]*role="search"[^>]*>(?P<form>.*?)</form>', re.S)


def header_box(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    found = HEADER_BOX.search(response.content.decode())
    assert found, f"no search box in the header of {url}"
    return found[0], response.content.decode()


@pytest.mark.parametrize("url", ["/catalogue/", "/search/?q=nem", "/outlets/", "/producers/",
                                 "/basket/"])
def test_every_page_has_the_search_box(client, url):
    form, page = header_box(client, url)
    assert '<label class="sr-only" for="ocop-header-q">Tìm sản phẩm OCOP</label>' in form
    box = re.search(r"<input[^>]*id=\"ocop-header-q\"[^>]*>", form)[0]
    for attribute in ('name="q"', 'role="combobox"', 'aria-autocomplete="list"',
                      'aria-expanded="false"', 'aria-controls="ocop-header-q-list"',
                      'data-suggest-url="/search/suggest/"'):
        assert attribute in box
    assert re.search(r'<ul[^>]*id="ocop-header-q-list"[^>]*role="listbox"', form)
    assert '<script src="/static/search/suggest.js" defer></script>' in page
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.split("<nav", 1)[1]
                         .split("</nav>", 1)[0]), "inline script in the header"


def test_the_box_submits_a_plain_get_search(client):
    make_product("Nem chua Thanh Hóa")
    form, _page = header_box(client, "/outlets/")
    assert 'method="get"' in form and '<button' in form
    assert titles(client.get("/search/", {"q": "nem chua"})) == ["Nem chua Thanh Hóa"]


def test_the_script_is_served_and_handles_the_keyboard():
    path = finders.find("search/suggest.js")
    assert path
    script = open(path, encoding="utf-8").read()
    for key in ("ArrowDown", "ArrowUp", "Enter", "Escape", "aria-activedescendant",
                "aria-expanded", "aria-selected"):
        assert key in script
