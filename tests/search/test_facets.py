"""Facets on /search/, /catalogue/ and category pages: counts match results."""
import datetime as dt

import pytest
from django.utils import timezone

from catalog.groups import group_categories
from tests.factories import make_producer, make_product
from tests.search.helpers import facet_counts, titles

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_backend")]


@pytest.fixture
def catalogue(db):
    hanoi = make_producer("Công ty Trà Hà Nội", province_code="01", producer_type="dn")
    thanh_hoa = make_producer("HTX Nem Thanh Hóa", province_code="38", producer_type="htx")
    make_product("Trà sen Tây Hồ", producer=hanoi, stars=5, price=450000, group="do-uong")
    make_product("Trà shan tuyết", producer=hanoi, stars=4, price=150000, group="do-uong")
    make_product("Nem chua Thanh Hóa", producer=thanh_hoa, stars=4, price=50000)
    make_product("Nem lụi", producer=thanh_hoa, stars=3, price=None)
    today = timezone.localdate()
    make_product("Trà hết hạn", producer=hanoi, stars=5, price=450000, group="do-uong",
                 valid_until=today - dt.timedelta(days=1), issued_on=today - dt.timedelta(days=900))
    make_product("Nem thu hồi", producer=thanh_hoa, stars=5, status="revoked")


def test_catalogue_counts_every_listed_product_once_per_facet(client, catalogue):
    response = client.get("/catalogue/")
    assert len(titles(response)) == 4
    counts = facet_counts(response)
    assert counts["stars"] == {"★★★★★": 1, "★★★★": 2, "★★★": 1}
    assert counts["group"] == {"Thực phẩm": 2, "Đồ uống": 2}
    assert sum(counts["province"].values()) == 4
    assert counts["type"] == {"Hợp tác xã": 2, "Doanh nghiệp": 2}
    assert counts["price"] == {"Liên hệ": 1, "Dưới 100.000 ₫": 1, "100.000 – 200.000 ₫": 1,
                               "200.000 – 500.000 ₫": 1}


def test_a_filter_narrows_results_and_the_other_facets_counts(client, catalogue):
    response = client.get("/search/", {"q": "tra", "stars": 4})
    assert titles(response) == ["Trà shan tuyết"]
    counts = facet_counts(response)
    # Other star values stay offered with what choosing them would give.
    assert counts["stars"] == {"★★★★★": 1, "★★★★": 1}
    assert counts["group"] == {"Đồ uống": 1}
    assert counts["price"] == {"100.000 – 200.000 ₫": 1}
    assert response.context["paginator"].count == 1


def test_filters_combine(client, catalogue):
    assert titles(client.get("/catalogue/", {"province": "38", "stars": 4})) == [
        "Nem chua Thanh Hóa"]
    assert titles(client.get("/catalogue/", {"type": "dn", "price": 3})) == ["Trà sen Tây Hồ"]
    assert titles(client.get("/catalogue/", {"price": 0})) == ["Nem lụi"]
    assert titles(client.get("/catalogue/", {"group": "do-uong", "sort": "price-asc"})) == [
        "Trà shan tuyết", "Trà sen Tây Hồ"]


def test_unknown_facet_values_are_ignored(client, catalogue):
    response = client.get("/catalogue/", {"stars": "9", "province": "zz", "price": "x",
                                          "type": "<b>", "group": "", "sort": "drop table"})
    assert len(titles(response)) == 4


def test_category_pages_facet_within_the_category(client, catalogue):
    url = group_categories()["do-uong"].get_absolute_url()
    response = client.get(url)
    assert sorted(titles(response)) == ["Trà sen Tây Hồ", "Trà shan tuyết"]
    assert facet_counts(response)["stars"] == {"★★★★★": 1, "★★★★": 1}
    assert titles(client.get(url, {"stars": 5})) == ["Trà sen Tây Hồ"]


def test_facet_links_select_and_deselect(client, catalogue):
    response = client.get("/search/", {"q": "nem"})
    panel = next(p for p in response.context["facets"] if p["param"] == "stars")
    link = next(i["url"] for i in panel["items"] if i["label"] == "★★★★")
    chosen = client.get(link)
    assert titles(chosen) == ["Nem chua Thanh Hóa"]
    panel = next(p for p in chosen.context["facets"] if p["param"] == "stars")
    selected = next(i for i in panel["items"] if i["selected"])
    assert sorted(titles(client.get(selected["url"]))) == ["Nem chua Thanh Hóa", "Nem lụi"]
