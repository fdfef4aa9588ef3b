"""Producer reports: figures, the XLSX export, and who may see whose."""
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from oscar.core.loading import get_class, get_model
from oscar.test.factories import create_basket, create_order

from outlets.models import OutletProduct
from tests import factories
from tests.outlets.builders import DANANG_AIRPORT, HUE_STATION, make_outlet
from tests.people import client_for

Order = get_model("order", "Order")
ScanRecord = get_model("traceability", "ScanRecord")
Selector = get_class("partner.strategy", "Selector")
REPORTS = reverse("dashboard:producer-reports")
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def order(product, quantity, placed_at):
    basket = create_basket(empty=True)
    basket.strategy = Selector().strategy()
    basket.add_product(product, quantity)
    placed = create_order(basket=basket)
    Order.objects.filter(pk=placed.pk).update(date_placed=placed_at)
    return placed


def scan(product, at, n=1):
    ScanRecord.objects.bulk_create(
        ScanRecord(kind="short", product=product, scanned_at=at) for _ in range(n))


def months_ago(n, day=1, hour=0, minute=0):
    """A local time in Asia/Ho_Chi_Minh, ``n`` calendar months back."""
    today = timezone.localdate()
    index = today.year * 12 + today.month - 1 - n
    return dt.datetime(index // 12, index % 12 + 1, day, hour, minute, tzinfo=VN)


def label(moment):
    return f"{moment.month:02d}/{moment.year}"


@pytest.fixture
def shop_figures(people):
    """Producer A sells and is scanned; B sells too (and must not show)."""
    nem = factories.make_product("Nem chua", producer=people.producer_a)
    che = factories.make_product("Chè búp", producer=people.producer_a)
    lapsed = factories.make_product(
        "Mắm cũ", producer=people.producer_a,
        issued_on=timezone.localdate() - dt.timedelta(days=2000),
        valid_until=timezone.localdate() - dt.timedelta(days=1))
    other = factories.make_product("Giò B", producer=people.producer_b)
    # The first minute of this month in Việt Nam is still last month in UTC.
    first_minute = months_ago(0, hour=0, minute=0) + dt.timedelta(seconds=30)
    order(nem, 3, first_minute)
    order(che, 2, months_ago(2, day=15, hour=10))
    order(other, 5, months_ago(0, day=1, hour=9))
    order(nem, 7, months_ago(13, day=10))  # older than twelve months
    scan(nem, first_minute, 4)
    scan(che, months_ago(1, day=20), 2)
    scan(other, months_ago(1, day=20), 9)
    airport = make_outlet(DANANG_AIRPORT, hours=False)
    station = make_outlet(HUE_STATION, hours=False)
    closed = make_outlet(name="Điểm đã đóng", hours=False, status="closed")
    for outlet, product in [(airport, nem), (airport, che), (station, che),
                            (station, lapsed), (closed, nem), (station, other)]:
        OutletProduct.objects.create(outlet=outlet, product=product)
    return first_minute


def rows_of(response):
    return {table.title: table.rows for table in response.context["tables"]}


def test_a_producer_sees_its_own_figures(people, shop_figures):
    response = client_for(people.staff_a).get(REPORTS)
    assert response.status_code == 200
    tables = rows_of(response)
    sales, scans, outlets = tables["Doanh số"], tables["Lượt quét"], tables["Điểm bán"]
    assert len(sales) == len(scans) == 12
    assert sales[-1] == [label(shop_figures), 3, 360000]  # 3 × 120.000 ₫, in the local month
    assert sales[-3] == [label(months_ago(2)), 2, 240000]
    assert sum(row[1] for row in sales) == 5  # B's sale and the old one do not count
    assert scans[-1] == [label(shop_figures), 4] and scans[-2] == [label(months_ago(1)), 2]
    assert sum(row[1] for row in scans) == 6
    # Listed products only, active outlets only, most products first.
    assert outlets == [["Điểm OCOP Sân bay Đà Nẵng", "Thành phố Đà Nẵng", 2],
                       ["Điểm OCOP Ga Huế", "Thành phố Huế", 1]]
    body = response.content.decode()
    assert "360.000\xa0₫" in body and "Điểm OCOP Sân bay Đà Nẵng" in body


def test_the_xlsx_holds_the_same_figures(people, shop_figures):
    client = client_for(people.staff_a)
    page = rows_of(client.get(REPORTS))
    response = client.get(REPORTS, {"producer": people.producer_a.pk, "format": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Doanh số", "Lượt quét", "Điểm bán"]
    for title, rows in page.items():
        sheet = [list(row) for row in workbook[title].iter_rows(values_only=True)]
        assert sheet[1:] == rows
    assert workbook["Doanh số"]["A1"].value == "Tháng"


def test_producers_see_only_their_own(people, shop_figures):
    client = client_for(people.staff_b)
    for params in ({"producer": people.producer_a.pk},
                   {"producer": people.producer_a.pk, "format": "xlsx"}):
        assert client.get(REPORTS, params).status_code == 404
        assert client.post(REPORTS, params).status_code in (404, 405)
    own = rows_of(client.get(REPORTS))
    assert sum(row[1] for row in own["Doanh số"]) == 5 and own["Điểm bán"] == [
        ["Điểm OCOP Ga Huế", "Thành phố Huế", 1]]


@pytest.mark.parametrize("who, status", [("consumer", 403), ("officer_x", 403),
                                         ("anonymous", 302)])
def test_reports_are_closed_to_others(people, who, status):
    client = client_for(getattr(people, who))
    assert client.get(REPORTS, {"producer": people.producer_a.pk}).status_code == status


def test_operators_choose_any_producer(people, shop_figures):
    client = client_for(people.operator)
    choice = client.get(REPORTS).content.decode()
    assert "HTX Nông sản A" in choice and "HTX Nông sản B" in choice
    response = client.get(REPORTS, {"producer": people.producer_b.pk})
    assert rows_of(response)["Doanh số"][-1][1:] == [5, 600000]


def test_the_report_costs_the_same_for_many_rows(people):
    product = factories.make_product(producer=people.producer_a, stock=100)
    client = client_for(people.staff_a)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(REPORTS).status_code == 200
        return len(captured)

    order(product, 1, timezone.now())
    queries()  # warm per-process caches (site, theme settings)
    few = queries()
    for n in range(6):
        order(product, 1, months_ago(n, day=2))
        OutletProduct.objects.create(
            outlet=make_outlet(name=f"Điểm {n}", hours=False), product=product)
        scan(product, months_ago(n, day=3), 3)
    assert queries() == few
