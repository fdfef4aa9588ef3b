"""The coverage report of a province: numbers from the data, XLSX and CSV alike."""
import io

import openpyxl
import pytest
from vietnam_provinces import Ward

from outlets.assortment import add_product
from outlets.models import CoverageTarget
from tests.factories import make_product
from tests.outlets.builders import HANOI_STATION, HUE_STATION, make_outlet

pytestmark = pytest.mark.django_db
URL = "/dashboard/outlets/coverage/?province=46"


@pytest.fixture
def network():
    station = make_outlet(HUE_STATION)
    market = make_outlet(HUE_STATION, name="Chợ Đông Ba", outlet_type="market")
    make_outlet(HUE_STATION, name="Điểm đã đóng", status="closed", commune_code="19900")
    make_outlet(HANOI_STATION)
    lapsed = make_product("Nem chua")
    add_product(station, make_product("Mè xửng"))
    add_product(market, make_product("Mè xửng Thiên Hương"))
    add_product(market, lapsed)
    lapsed.certificates.get().change_status("revoked", "Vi phạm")
    CoverageTarget.objects.create(province_code="46", outlets_target=8)


def test_coverage_is_for_the_back_office(client):
    assert client.get(URL).status_code == 302


def test_numbers_match_the_data(admin_client, network):
    report = admin_client.get(URL).context["report"]
    wards = len(list(Ward.iter_by_province(46)))
    assert (report.target, report.actual, report.percent_of_target) == (8, 2, 25)
    assert [(code, n) for code, _, n in report.by_type] == [("market", 1),
                                                            ("railway_station", 1)]
    assert [(code, n) for code, _, n in report.by_commune] == [("19786", 2)]
    assert len(report.communes_without) == wards - 1  # the closed outlet covers nothing
    assert "19900" in [code for code, _ in report.communes_without]
    assert report.products == [("Mè xửng", 1), ("Mè xửng Thiên Hương", 1)]


def test_xlsx_and_csv_carry_the_same_numbers(admin_client, network):
    response = admin_client.get(URL + "&format=xlsx")
    assert response["Content-Disposition"].endswith('.xlsx"')
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    summary = {row[0]: row[1] for row in workbook["Tổng hợp"].iter_rows(values_only=True)}
    assert summary["Chỉ tiêu số điểm bán"] == 8
    assert summary["Số điểm bán đang hoạt động"] == 2
    assert summary["Số xã/phường có điểm bán"] == 1
    assert [r[2] for r in workbook["Theo xã"].iter_rows(min_row=2, values_only=True)] == [2]
    products = list(workbook["Sản phẩm"].iter_rows(min_row=2, values_only=True))
    assert products == [("Mè xửng", 1), ("Mè xửng Thiên Hương", 1)]
    text = admin_client.get(URL + "&format=csv").content.decode("utf-8-sig")
    assert "Tổng hợp,Số điểm bán đang hoạt động,2" in text
    assert "Sản phẩm,Nem chua" not in text
