"""``manage.py load_demo`` also loads demo outlets (outlets/demo_data.py)."""
import datetime as dt

import pytest
from oscar.core.loading import get_model
from vietnam_provinces import Ward

from outlets.hours import TZ
from outlets.models import OpeningException, OpeningPeriod, Outlet, OutletProduct
from tests.demo import load_demo

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db




def demo_outlets():
    outlets = list(Outlet.objects.all())
    assert len(outlets) >= 8
    return outlets


def test_outlets_in_several_provinces_marked_as_demo(demo):
    outlets = demo_outlets()
    assert len({o.province_code for o in outlets}) >= 4
    assert len({o.outlet_type for o in outlets}) >= 6
    for outlet in outlets:
        assert "dữ liệu mẫu" in outlet.name and "dữ liệu mẫu" in outlet.operator
        assert outlet.approval_no.startswith("DEMO-QĐ-"), outlet.approval_no
        assert outlet.status == Outlet.Status.ACTIVE


def test_official_2025_codes_and_positions_in_vietnam(demo):
    for outlet in demo_outlets():
        outlet.full_clean()
        ward = Ward.from_code(int(outlet.commune_code))
        assert f"{int(ward.province_code):02d}" == outlet.province_code, outlet.name
        assert 8 < outlet.latitude < 24 and 102 < outlet.longitude < 110, outlet.name


def test_each_outlet_carries_only_listed_products_own_province_first(demo):
    listed = set(Product.objects.browsable().values_list("pk", flat=True))
    for outlet in demo_outlets():
        rows = list(outlet.assortment.select_related("product__producer").order_by("pk"))
        assert rows, outlet.name
        assert {row.product_id for row in rows} <= listed, outlet.name
        assert rows[0].product.producer.province_code == outlet.province_code, outlet.name


def test_weekly_hours_a_round_the_clock_stop_and_a_tet_closure(demo):
    for outlet in demo_outlets():
        assert outlet.opening_periods.exists(), outlet.name
    for period in OpeningPeriod.objects.all():
        period.full_clean()
    always = Outlet.objects.get(outlet_type=Outlet.Type.REST_STOP)
    monday = dt.datetime(2030, 1, 7, tzinfo=TZ)
    for hour in range(0, 7 * 24, 5):
        assert always.open_state(monday + dt.timedelta(hours=hour)).is_open

    tet = OpeningException.objects.get(closed=True, reason__contains="Tết")
    tet.full_clean()
    assert tet.date >= dt.date.today() - dt.timedelta(days=1)
    noon = dt.datetime.combine(tet.date, dt.time(12), tzinfo=TZ)
    assert not tet.outlet.open_state(noon).is_open
    usual_noon = noon - dt.timedelta(days=7)
    assert tet.outlet.open_state(usual_noon).is_open


def test_outlet_list_and_pages_show_them(client, demo):
    html = client.get("/outlets/").content.decode()
    for outlet in demo_outlets():
        assert outlet.name in html
        response = client.get(outlet.get_absolute_url())
        assert response.status_code == 200, outlet.name
        carried = outlet.assortment.select_related("product").first().product
        assert carried.title in response.content.decode()


def test_summary_is_printed(demo):
    count = Outlet.objects.count()
    assert f"{count} điểm bán mẫu" in demo
    assert f"{OutletProduct.objects.count()} lượt sản phẩm bày bán" in demo


def test_second_run_creates_nothing(demo):
    models = (Outlet, OutletProduct, OpeningPeriod, OpeningException)
    counts = [model.objects.count() for model in models]
    assert all(counts)
    assert "đã được nạp" in load_demo()
    assert counts == [model.objects.count() for model in models]
