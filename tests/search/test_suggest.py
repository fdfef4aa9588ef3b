"""/search/suggest/: titles and producers for the search box, as JSON."""
import datetime as dt

import pytest
from django.utils import timezone

from tests.factories import make_producer, make_product
from tests.search.helpers import suggestions

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


def test_suggests_titles_and_producers_without_accents(client):
    producer = make_producer("HTX Nước mắm Ba Làng")
    make_product("Nước mắm cốt nhỉ", producer=producer)
    make_product("Nem chua Thanh Hóa")
    assert suggestions(client, "nuoc m") == [
        ("product", "Nước mắm cốt nhỉ"), ("producer", "HTX Nước mắm Ba Làng")]
    assert suggestions(client, "nem") == [("product", "Nem chua Thanh Hóa")]


def test_suggestions_link_to_the_product_and_producer_pages(client):
    import json

    product = make_product("Chè lam Phủ Quảng", producer=make_producer("HTX Chè lam"))
    data = json.loads(client.get("/search/suggest/", {"q": "che lam"}).content)
    urls = [s["url"] for s in data["suggestions"]]
    assert urls[0] == product.get_absolute_url()
    assert client.get(urls[1]).status_code == 200


def test_unlisted_products_and_their_producers_are_never_suggested(client):
    today = timezone.localdate()
    make_product("Rượu hết hạn", producer=make_producer("HTX Rượu cũ"),
                 valid_until=today - dt.timedelta(days=1), issued_on=today - dt.timedelta(days=900))
    make_product("Rượu thu hồi", status="revoked")
    assert suggestions(client, "ruou") == []


def test_empty_and_junk_queries_suggest_nothing(client):
    make_product("Nem chua Thanh Hóa")
    assert suggestions(client, "") == []
    assert suggestions(client, "%%% ___ ***") == []
    assert suggestions(client, "n" * 10000) == []


def test_the_search_box_is_a_plain_form_with_the_suggestions_as_an_extra(client):
    html = client.get("/catalogue/").content.decode()
    box = html.split('id="ocop-q"', 1)[1].split(">", 1)[0]
    assert 'name="q"' in box and 'aria-controls="ocop-q-list"' in box
    assert 'data-suggest-url="/search/suggest/"' in box and 'role="combobox"' in box
    assert 'id="ocop-q-list" role="listbox"' in html
