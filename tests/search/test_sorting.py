"""Sort orders on /search/ and /catalogue/: the embedded backend orders its
candidates in Python (one query per request), so each order is pinned here,
prices missing last either way."""
import pytest

from tests.factories import make_producer, make_product
from tests.search.helpers import titles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.fixture
def catalogue(db):
    producer = make_producer("HTX Trà Thái Nguyên", province_code="19")
    make_product("Trà móc câu", producer=producer, stars=3, price=300000)
    make_product("Trà xanh", producer=producer, stars=5, price=None)
    make_product("Bánh trà", producer=producer, stars=4, price=90000)
    make_product("Mật ong", producer=producer, stars=4, price=500000)


@pytest.mark.parametrize(("sort", "expected"), [
    ("price-asc", ["Bánh trà", "Trà móc câu", "Mật ong", "Trà xanh"]),
    ("price-desc", ["Mật ong", "Trà móc câu", "Bánh trà", "Trà xanh"]),
    ("newest", ["Mật ong", "Bánh trà", "Trà xanh", "Trà móc câu"]),
    ("stars", ["Trà xanh", "Mật ong", "Bánh trà", "Trà móc câu"]),
])
def test_catalogue_sorts(client, catalogue, sort, expected):
    assert titles(client.get("/catalogue/", {"sort": sort})) == expected


def test_relevance_puts_title_words_first_then_stars(client, catalogue):
    assert titles(client.get("/search/", {"q": "tra"})) == [
        "Trà xanh", "Bánh trà", "Trà móc câu", "Mật ong"]


def test_stars_sort_breaks_ties_by_relevance(client, catalogue):
    assert titles(client.get("/search/", {"q": "tra", "sort": "stars"})) == [
        "Trà xanh", "Bánh trà", "Mật ong", "Trà móc câu"]
