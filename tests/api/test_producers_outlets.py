"""/api/producers/ and /api/outlets/ (hours, listed assortment, near=lat,lon)."""
import datetime as dt

import pytest
from django.utils import timezone

from outlets.models import OutletProduct
from tests import factories
from tests.outlets.builders import HANOI_STATION, HUE_STATION, NEAR_HUE, make_outlet

pytestmark = pytest.mark.django_db


def test_producers_with_a_listed_product_only(api):
    listed = factories.make_producer("HTX Có sản phẩm", province_code="01")
    factories.make_product(producer=listed)
    lapsed = factories.make_producer("HTX Hết hạn")
    factories.make_product(producer=lapsed, status="revoked")

    body = api.get("/api/producers/").json()

    assert [p["name"] for p in body["results"]] == ["HTX Có sản phẩm"]
    assert body["results"][0]["listed_products"] == 1
    assert body["results"][0]["province_name"]
    assert api.get(f"/api/producers/{lapsed.pk}/").status_code == 404
    assert api.get(f"/api/producers/{listed.pk}/").json()["name"] == "HTX Có sản phẩm"


def test_producer_filters(api):
    hanoi = factories.make_producer("HTX Hà Nội", province_code="01")
    factories.make_product(producer=hanoi)
    factories.make_product(producer=factories.make_producer("HTX Thanh Hóa"))

    body = api.get("/api/producers/?province=01").json()

    assert [p["name"] for p in body["results"]] == ["HTX Hà Nội"]
    assert api.get("/api/producers/?producer_type=xyz").status_code == 400


def _carry(outlet, product):
    OutletProduct.objects.create(outlet=outlet, product=product)


def test_outlet_shape_hours_and_listed_assortment(api):
    outlet = make_outlet(HANOI_STATION)
    listed = factories.make_product("Nem chua")
    lapsing = factories.make_product("Chè lam", valid_until=timezone.localdate())
    _carry(outlet, listed)
    _carry(outlet, lapsing)
    make_outlet(HUE_STATION, status="closed")

    body = api.get("/api/outlets/").json()

    assert body["count"] == 1
    item = body["results"][0]
    assert item["latitude"] == pytest.approx(21.0245)
    assert item["longitude"] == pytest.approx(105.8412)
    assert item["opening_hours"] == "Mo-Su 07:00-21:00"
    assert len(item["opening_periods"]) == 7
    assert item["opening_periods"][0] == {"weekday": 0, "opens": "07:00", "closes": "21:00"}
    assert isinstance(item["open_now"], bool)
    assert [p["title"] for p in item["products"]] == ["Chè lam", "Nem chua"]

    import time_machine

    tomorrow = dt.datetime.combine(timezone.localdate() + dt.timedelta(days=1), dt.time(9),
                                   tzinfo=timezone.get_current_timezone())
    with time_machine.travel(tomorrow):
        item = api.get(f"/api/outlets/{outlet.pk}/").json()
    assert [p["title"] for p in item["products"]] == ["Nem chua"]


def test_near_sorts_by_distance(api):
    make_outlet(HANOI_STATION)
    make_outlet(HUE_STATION)

    body = api.get("/api/outlets/?near={},{}".format(*NEAR_HUE)).json()

    names = [o["name"] for o in body["results"]]
    assert names == [HUE_STATION[0], HANOI_STATION[0]]
    assert body["results"][0]["distance_km"] < 5 < body["results"][1]["distance_km"]


@pytest.mark.parametrize("near", ["abc", "16.4", "91,100", "16.4,200", "1,2,3"])
def test_bad_near_is_400(api, near):
    response = api.get(f"/api/outlets/?near={near}")

    assert response.status_code == 400
    assert "vĩ độ" in response.json()["near"][0]


def test_outlet_filters(api):
    make_outlet(HANOI_STATION)
    make_outlet(HUE_STATION)

    assert api.get("/api/outlets/?province=46").json()["count"] == 1
    assert api.get("/api/outlets/?type=airport").json()["count"] == 0
    assert api.get("/api/outlets/?type=spaceport").status_code == 400


def test_outlet_list_costs_constant_queries(api):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def page():
        with CaptureQueriesContext(connection) as queries:
            assert api.get("/api/outlets/").status_code == 200
        return len(queries)

    outlet = make_outlet(HANOI_STATION)
    _carry(outlet, factories.make_product())
    page()  # the first request warms per-process caches (site, theme)
    few = page()
    for place in (HUE_STATION, HANOI_STATION):
        other = make_outlet(place, name=f"Điểm {place[0]} 2")
        _carry(other, factories.make_product())
        _carry(other, factories.make_product())
    assert page() == few
