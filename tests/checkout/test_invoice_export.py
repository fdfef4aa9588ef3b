"""Orders for accounting: the dashboard's order list downloads e-invoice rows.

A company buys from producers A and B in one basket, giving its tax code
at checkout. The operator downloads the whole order (CSV, XLSX); A's staff
download only A's line, with A's share of the shipping and A's total; the
list's filters decide which orders go in. The XLSX is read back with
openpyxl, as an accountant's software would.
"""
import csv
import io
from decimal import Decimal

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from oscar.core.loading import get_model

from tests.checkout import steps
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db

ProductAttribute = get_model("catalogue", "ProductAttribute")

LIST = reverse("dashboard:order-list")
COMPANY = {"buyer_company": "Công ty TNHH Quà Tết Việt", "buyer_tax_code": "0100109106"}


def company_checkout(client, products, email="ketoan@example.vn"):
    """Buys ``products`` as a guest company (tax code on the payment step)."""
    for product in products:
        steps.add_to_basket(client, product)
    steps.start_as_guest(client, email)
    assert steps.enter_address(client).status_code == 302
    client.get(reverse("checkout:shipping-method"))
    response = client.post(reverse("checkout:payment-method"), {"method": "cod", **COMPANY})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert steps.place_order(client).url == reverse("checkout:thank-you")
    return steps.Order.objects.get(guest_email=email)


@pytest.fixture
def company_order(client, people):
    people.producer_a.tax_code = "0314409058"
    people.producer_a.save()
    tea = make_product("Chè Shan tuyết", producer=people.producer_a)
    tea.upc = "08938500000015"
    tea.save()
    # B's rice cakes are taxed at 5 % (their own "vat_rate" attribute).
    cake = make_product("Bánh cốm Hà Nội", producer=people.producer_b, price=Decimal("85000"))
    ProductAttribute.objects.create(
        product_class=cake.product_class, name="Thuế suất GTGT", code="vat_rate", type="integer"
    )
    cake.attr.vat_rate = 5
    cake.save()
    with override_settings(OCOP_DEFAULT_VAT_RATE="8"):
        return company_checkout(client, [tea, cake])


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def read_xlsx(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, *rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_operator_downloads_every_line_with_what_the_invoice_needs(people, company_order):
    rows = read_csv(client_for(people.operator).get(LIST, {"response_format": "csv"}))
    assert [row["Sản phẩm"] for row in rows] == ["Chè Shan tuyết", "Bánh cốm Hà Nội"]
    tea, cake = rows
    assert tea["Số đơn hàng"] == company_order.number
    assert tea["Người mua"] == "Nguyễn Thị Lan"
    assert tea["Tên công ty"] == "Công ty TNHH Quà Tết Việt"
    assert tea["Mã số thuế người mua"] == "0100109106"
    assert tea["Địa chỉ"] == "12 Lê Lợi, Phường Hạc Thành, Thanh Hóa"
    assert tea["Email"] == "ketoan@example.vn"
    assert tea["Điện thoại"] == "+84912345678"
    assert tea["Mã GTIN/UPC"] == "08938500000015"
    assert tea["Chủ thể (người bán)"] == "HTX Nông sản A"
    assert tea["Mã số thuế người bán"] == "0314409058"
    assert (tea["Số lượng"], tea["Đơn giá (₫, gồm thuế)"], tea["Thành tiền (₫, gồm thuế)"]) == (
        "1", "120000", "120000")
    # The rate when sold: the default then (8 %), B's own attribute (5 %).
    assert tea["Thuế suất GTGT (%)"] == "8" and cake["Thuế suất GTGT (%)"] == "5"
    # The whole order: two parcels of 30.000 ₫, 120.000 + 85.000 of goods.
    assert {row["Phí giao hàng (₫)"] for row in rows} == {"60000"}
    assert {row["Tổng cộng (₫)"] for row in rows} == {"265000"}


def test_xlsx_reads_back_with_numbers_and_codes_kept(people, company_order):
    rows = read_xlsx(client_for(people.operator).get(LIST, {"response_format": "xlsx"}))
    assert len(rows) == 2
    tea = rows[0]
    assert tea["Mã số thuế người mua"] == "0100109106"  # text: the leading zero stays
    assert tea["Mã GTIN/UPC"] == "08938500000015"
    assert tea["Đơn giá (₫, gồm thuế)"] == 120000
    assert tea["Thuế suất GTGT (%)"] == 8
    assert tea["Tổng cộng (₫)"] == 265000
    placed = timezone.localtime(company_order.date_placed)
    assert tea["Ngày đặt"].strftime("%d/%m/%Y %H:%M") == placed.strftime("%d/%m/%Y %H:%M")


def test_a_producer_downloads_only_its_own_lines_and_share(people, company_order):
    staff_a = client_for(people.staff_a)
    for rows in (read_csv(staff_a.get(LIST, {"response_format": "csv"})),
                 read_xlsx(staff_a.get(LIST, {"response_format": "xlsx"}))):
        assert [row["Sản phẩm"] for row in rows] == ["Chè Shan tuyết"]
        assert str(rows[0]["Phí giao hàng (₫)"]) == "30000"  # A's parcel only
        assert str(rows[0]["Tổng cộng (₫)"]) == "150000"  # 120.000 + 30.000
    # The bulk action on ticked orders is scoped the same way.
    ticked = staff_a.post(LIST, {"action": "download_selected_orders_xlsx",
                                 "selected_order": [company_order.pk]})
    assert [row["Sản phẩm"] for row in read_xlsx(ticked)] == ["Chè Shan tuyết"]
    ticked_csv = client_for(people.staff_b).post(
        LIST, {"action": "download_selected_orders", "selected_order": [company_order.pk]})
    assert [row["Sản phẩm"] for row in read_csv(ticked_csv)] == ["Bánh cốm Hà Nội"]


def test_a_producer_exports_nothing_of_an_order_it_has_no_line_in(client, people):
    other = steps.checkout_as_guest(client, [make_product("Nước mắm", producer=people.producer_a)])
    staff_b = client_for(people.staff_b)
    assert read_csv(staff_b.get(LIST, {"response_format": "csv"})) == []
    # Ticking another producer's order by id exports nothing of it either.
    ticked = staff_b.post(LIST, {"action": "download_selected_orders_xlsx",
                                 "selected_order": [other.pk]})
    assert ticked.status_code == 302  # "select some orders": none of them is B's


def test_the_export_honours_the_lists_filters(client, people, company_order):
    second = steps.checkout_as_guest(
        client, [make_product("Mật ong bạc hà", producer=people.producer_a)],
        email="khach2@example.vn")
    operator = client_for(people.operator)
    everything = read_csv(operator.get(LIST, {"response_format": "csv"}))
    assert {row["Số đơn hàng"] for row in everything} == {company_order.number, second.number}
    filtered = read_csv(operator.get(LIST, {"product_title": "Mật ong",
                                            "response_format": "csv"}))
    assert [row["Sản phẩm"] for row in filtered] == ["Mật ong bạc hà"]
    # The list's links keep the filters.
    page = operator.get(LIST, {"product_title": "Mật ong"}).content.decode()
    assert "?product_title=M%E1%BA%ADt+ong&amp;response_format=xlsx" in page


def test_producer_list_shows_its_own_total_not_the_orders(people, company_order):
    page = client_for(people.staff_a).get(LIST).content.decode()
    assert company_order.number in page
    assert "120.000\u00a0₫" in page  # A's tea
    assert "265.000\u00a0₫" not in page and "85.000\u00a0₫" not in page
    operator_page = client_for(people.operator).get(LIST).content.decode()
    assert "265.000\u00a0₫" in operator_page


def test_the_export_costs_the_same_queries_for_more_orders(client, people):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    operator = client_for(people.operator)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert operator.get(LIST, {"response_format": "xlsx"}).status_code == 200
        return len(captured)

    steps.checkout_as_guest(client, [make_product(producer=people.producer_a)],
                            email="mot@example.vn")
    one = queries()
    for n in range(2):
        steps.checkout_as_guest(client, [make_product(producer=people.producer_a),
                                         make_product(producer=people.producer_b)],
                                email=f"khach{n}@example.vn")
    assert queries() == one
