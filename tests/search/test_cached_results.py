"""Search answers are cached (search/backends/embedded.py), and every change
to the index retires them: the catalogue never lags behind an edit made
through the site, the dashboard or the importer's signal."""
import pytest

from search import backends
from tests.factories import make_product
from tests.search.helpers import facet_counts, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def embedded(settings):
    backends._backend.cache_clear()
    settings.OCOP_SEARCH_BACKEND = backends.EMBEDDED
    yield
    backends._backend.cache_clear()


def catalogue(client, **params):
    response = client.get("/catalogue/", params)
    return titles(response), response.context["paginator"].count, facet_counts(response)


def test_a_new_product_shows_at_once_in_a_cached_catalogue(client):
    make_product("Nem chua Thanh Hóa", stars=4)
    first = catalogue(client)
    assert catalogue(client) == first == (["Nem chua Thanh Hóa"], 1, first[2])
    make_product("Chè lam Phủ Quảng", stars=5)
    shown, total, facets = catalogue(client)
    assert sorted(shown) == ["Chè lam Phủ Quảng", "Nem chua Thanh Hóa"] and total == 2
    assert facets["stars"] == {"★★★★★": 1, "★★★★": 1}


def test_a_revoked_certificate_leaves_the_cached_counts_at_once(client):
    keep = make_product("Nem chua Thanh Hóa", stars=4)
    revoked = make_product("Nem lụi Huế", stars=5)
    assert catalogue(client, q="nem")[1] == 2
    assert catalogue(client, q="nem", stars=5)[:2] == (["Nem lụi Huế"], 1)
    certificate = revoked.certificates.get()
    certificate.status = "revoked"
    certificate.save()
    assert catalogue(client, q="nem") == ([keep.title], 1, {
        "stars": {"★★★★": 1}, "group": {"Thực phẩm": 1}, "province": {"Thanh Hóa": 1},
        "type": {"Hợp tác xã": 1}, "price": {"100.000 – 200.000 ₫": 1}})
    assert catalogue(client, q="nem", stars=5)[:2] == ([], 0)


def test_a_sale_keeps_the_cached_answers_and_a_new_price_retires_them(
        client, django_assert_max_num_queries):
    """A stock count changes with every order and is not in the index: the
    cached catalogue survives it; a price (a facet) does not."""
    product = make_product("Nem chua Thanh Hóa", price=120000)
    catalogue(client)
    with django_assert_max_num_queries(40) as warm:
        catalogue(client)
    stock = product.stockrecords.get()
    stock.num_in_stock -= 1
    stock.save()
    with django_assert_max_num_queries(len(warm)):
        assert catalogue(client)[2]["price"] == {"100.000 – 200.000 ₫": 1}
    stock.price = 250000
    stock.save()
    assert catalogue(client)[2]["price"] == {"200.000 – 500.000 ₫": 1}


def test_the_cache_can_be_turned_off(client, settings):
    settings.OCOP_SEARCH_CACHE_SECONDS = 0
    make_product("Nem chua Thanh Hóa")
    assert catalogue(client)[1] == 1
