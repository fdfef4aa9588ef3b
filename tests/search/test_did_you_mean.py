"""A query that finds nothing is read again as people mistype on phones: a
missing space ("nuocmam") or one wrong letter ("banh gia"), on the search
page ("Có phải bạn muốn tìm") and in the search box's suggestions."""
import datetime as dt

import pytest
from django.utils import timezone

from search import backends
from tests.factories import make_producer, make_product
from tests.search.helpers import suggestions, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def embedded(settings):
    """The embedded backend corrects queries (Elasticsearch offers none yet)."""
    backends._backend.cache_clear()
    settings.OCOP_SEARCH_BACKEND = backends.EMBEDDED
    yield
    backends._backend.cache_clear()


def expired(title):
    today = timezone.localdate()
    return make_product(title, valid_until=today - dt.timedelta(days=1),
                        issued_on=today - dt.timedelta(days=900))


def test_a_missing_space_is_put_back(client):
    make_product("Nước mắm Phú Quốc", producer=make_producer("HTX Hải sản Phú Quốc"))
    make_product("Mật ong rừng U Minh")
    response = client.get("/search/", {"q": "nuocmam"})
    assert titles(response) == ["Nước mắm Phú Quốc"]
    page = response.content.decode()
    assert "Không có sản phẩm nào khớp với “nuocmam”." in page
    assert "Có phải bạn muốn tìm:" in page
    # Shown with its accents, linking to the corrected search.
    link = '<a href="/search/?q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm"><strong>nước mắm</strong></a>'
    assert link in page


def test_one_typo_is_fixed(client):
    make_product("Bánh gai Tứ Trụ")
    make_product("Bánh cuốn Thanh Trì")
    response = client.get("/search/", {"q": "banh gia"})
    assert titles(response) == ["Bánh gai Tứ Trụ"]
    assert "<strong>bánh gai</strong>" in response.content.decode()
    assert titles(client.get("/search/", {"q": "mat ong", "sort": "newest"})) == []


def test_exact_matches_are_not_second_guessed(client):
    make_product("Nước mắm Phú Quốc")
    make_product("Nước mía Sóc Trăng")
    response = client.get("/search/", {"q": "nuoc mia"})
    assert titles(response) == ["Nước mía Sóc Trăng"]
    assert "Có phải bạn muốn tìm" not in response.content.decode()


def test_nothing_close_enough_says_nothing_found(client):
    make_product("Nước mắm Phú Quốc")
    for q in ("xyzxyz", "uoc", "nuoc mam xyz"):
        response = client.get("/search/", {"q": q})
        assert titles(response) == []
        page = response.content.decode()
        assert "Không tìm thấy sản phẩm nào." in page
        assert "Có phải bạn muốn tìm" not in page


def test_corrections_never_lead_to_unlisted_products(client):
    expired("Nước mắm hết hạn")
    make_product("Bánh gai thu hồi", status="revoked")
    make_product("Nem chua Thanh Hóa")
    for q in ("nuocmam", "banh gia"):
        response = client.get("/search/", {"q": q})
        assert titles(response) == []
        assert "Có phải bạn muốn tìm" not in response.content.decode()
        assert suggestions(client, q) == []


def test_the_search_box_suggests_for_a_missing_space_and_a_typo(client):
    make_product("Nước mắm cốt nhỉ", producer=make_producer("HTX Nước mắm Ba Làng"))
    make_product("Bánh gai Tứ Trụ")
    assert suggestions(client, "nuocmam") == [
        ("product", "Nước mắm cốt nhỉ"), ("producer", "HTX Nước mắm Ba Làng")]
    assert suggestions(client, "banh gia") == [("product", "Bánh gai Tứ Trụ")]


def test_facets_and_sorting_carry_the_corrected_query(client):
    make_product("Bánh gai Tứ Trụ", stars=5)
    make_product("Bánh gai Ninh Giang", stars=4)
    response = client.get("/search/", {"q": "banhgai"})
    assert sorted(titles(response)) == ["Bánh gai Ninh Giang", "Bánh gai Tứ Trụ"]
    stars = next(p for p in response.context["facets"] if p["param"] == "stars")
    five = next(item for item in stars["items"] if "stars=5" in item["url"])
    assert "q=b%C3%A1nh+gai" in five["url"]
    assert titles(client.get(five["url"])) == ["Bánh gai Tứ Trụ"]
