"""Outlet pages cost the same number of queries at any network size."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from outlets.assortment import add_product
from outlets.models import OpeningException
from tests.factories import make_product
from tests.outlets.builders import HUE_STATION, NEAR_HUE, make_outlet

pytestmark = pytest.mark.django_db

LAT, LON = NEAR_HUE
PAGES = ["/outlets/", f"/outlets/?lat={LAT}&lon={LON}",
         "/outlets/?province=46&type=railway_station", "/outlets/map.json", "{outlet}"]


def queries_for(client, url) -> int:
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def grow(count, outlet):
    for i in range(count):
        other = make_outlet(HUE_STATION, name=f"Điểm OCOP Huế {i}")
        OpeningException.objects.create(outlet=other, date=dt.date.today(), closed=True,
                                        reason="Tết")
        add_product(outlet, make_product(f"Sản phẩm {i}"))


@pytest.mark.parametrize("url", PAGES)
def test_queries_do_not_grow_with_outlets(client, url):
    outlet = make_outlet(HUE_STATION)
    grow(2, outlet)
    url = url.format(outlet=outlet.get_absolute_url())
    small = queries_for(client, url)
    grow(12, outlet)
    large = queries_for(client, url)
    assert large == small, f"{url}: {small} queries with 3 outlets, {large} with 15"
