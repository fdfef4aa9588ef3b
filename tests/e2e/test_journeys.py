"""Five people's journeys in Chromium, one test each, axe-core on every page.

a. a consumer browses, searches without accents and buys cash on delivery;
b. a consumer scans the QR of a printed label and reads the trace page;
c. a producer changes its stock in the Oscar dashboard;
d. a provincial officer adds an outlet and records an inspection;
e. an operator revokes a certificate, and the product leaves the
   catalogue, search, the outlet page and the API.

Each page is checked with axe-core (serious and critical WCAG 2.1 A/AA
violations, tests/e2e/axe.py) as the journey passes it; a failed journey
leaves a screenshot in var/e2e-screens/ (the ``page`` fixture).
"""
import datetime as dt
import json
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from oscar.core.loading import get_model
from playwright.sync_api import expect

from outlets.assortment import add_product
from outlets.models import Inspection, Outlet
from shop.order import statuses
from tests.e2e.journeys import Journey
from tests.e2e.shopping import add_to_basket, checkout_as_guest
from tests.factories import make_producer, make_product
from tests.outlets.builders import THANHHOA_STATION, make_outlet
from tests.people import make_people
from tests.traceability.builders import batch, traced_product, zone
from traceability import printing
from traceability.serials import generate_serials

Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def journey(page, live_server):
    pytest.importorskip("axe_playwright_python")
    page.set_default_timeout(15_000)
    return Journey(page, live_server)


def test_a_consumer_searches_without_accents_and_pays_cash_on_delivery(journey):
    fish_sauce = make_product("Nước mắm Cửa Hội", producer=make_producer("HTX Cửa Hội"),
                              price=95000)
    make_product("Mật ong bạc hà", price=150000)
    page = journey.visit("/catalogue/")
    expect(page.get_by_role("link", name="Mật ong bạc hà").first).to_be_visible()

    page.locator("#ocop-header-q").fill("nuoc mam")
    page.locator("#ocop-header-q").press("Enter")
    page.wait_for_url("**/search/?*")
    journey.check()
    expect(page.get_by_role("link", name="Nước mắm Cửa Hội").first).to_be_visible()
    assert page.get_by_role("link", name="Mật ong bạc hà").count() == 0

    page.get_by_role("link", name="Nước mắm Cửa Hội").first.click()
    page.wait_for_url("**" + fish_sauce.get_absolute_url())
    journey.check()
    add_to_basket(page, journey.base, fish_sauce)
    journey.visit(reverse("basket:summary"))
    checkout_as_guest(page, journey.base, "cod", on_each_page=lambda _page: journey.check())
    assert "125.000 ₫" in journey.body()  # 95.000 ₫ and 30.000 ₫ shipping
    page.locator("#place-order").click()
    page.wait_for_url("**" + reverse("checkout:thank-you"))
    journey.check()

    order = Order.objects.get(guest_email="khach@example.vn")
    assert order.number in page.content()
    assert (order.status, order.total_incl_tax) == (statuses.NEW, 125000)
    assert [line.product for line in order.lines.all()] == [fish_sauce]
    journey.accessible()


def decoded_label_urls(pdf: bytes) -> list[str]:
    """What a phone camera reads off the printed sheet (zxing-cpp on 300 dpi)."""
    import pypdfium2
    import zxingcpp

    found = []
    for sheet in pypdfium2.PdfDocument(pdf):
        image = sheet.render(scale=300 / 72).to_pil()
        found += [r.text for r in zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormat.QRCode)]
    return found


def test_a_consumer_scans_a_printed_label_and_reads_the_trace_page(journey):
    producer = make_producer("HTX Chè Suối Giàng", province_code="15")
    tea = traced_product("Chè shan tuyết Suối Giàng", producer=producer)
    hillside = zone(producer, name="Vùng chè cổ thụ Suối Giàng")
    lot = batch(tea, "SG-2025-07", zones=[hillside], events=2)
    serial = generate_serials(lot, 1)[0]

    urls = decoded_label_urls(printing.sheet_for(lot, "https://ocop.example.vn"))
    assert len(urls) == 1 and serial.serial in urls[0]
    # The printed host is the live site's; here that is the test server.
    printed = urlsplit(urls[0])
    assert printed.netloc == "ocop.example.vn"
    page = journey.visit(printed.path + (f"?{printed.query}" if printed.query else ""))

    certificate = tea.certificates.get()
    status = page.locator("#ocop-certificate")
    expect(status).to_contain_text(certificate.number)
    expect(status).to_contain_text("Còn hiệu lực")
    body = journey.body()
    for words in ("HTX Chè Suối Giàng", "Vùng chè cổ thụ Suối Giàng", "SG-2025-07",
                  serial.serial, "VietGAP"):
        assert words in body, words
    journey.accessible()


def test_a_producer_changes_its_stock_in_the_dashboard(journey):
    people = make_people()
    honey = make_product("Mật ong bạc hà Đồng Văn", producer=people.producer_a, stock=3)
    journey.log_in(people.staff_a)
    page = journey.visit(reverse("dashboard:catalogue-product", kwargs={"pk": honey.pk}))

    page.get_by_role("link", name="Giá và tồn kho").click()
    page.locator("#product_stock input[name$='-num_in_stock']").first.fill("25")
    page.locator("button[name=action][value=save]").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã lưu sản phẩm")
    journey.check()

    record = StockRecord.objects.get(product=honey)
    assert (record.partner, record.num_in_stock) == (people.producer_a, 25)
    # A stock change is the producer's business: the product stays listed.
    assert Product.objects.browsable().filter(pk=honey.pk).exists()
    journey.accessible()


def test_a_provincial_officer_adds_an_outlet_and_an_inspection(journey):
    people = make_people()  # officer_x works in Thanh Hóa (38)
    journey.log_in(people.officer_x)
    page = journey.visit(reverse("dashboard:outlets-list"))
    page = journey.visit(reverse("dashboard:outlets-create"))
    page.fill("input[name=name]", "Điểm OCOP Biển Sầm Sơn")
    page.select_option("select[name=outlet_type]", "tourist_site")
    page.select_option("select[name=province_code]", "38")
    page.fill("[name=commune_code]", "14797")
    page.fill("input[name=street_address]", "Đường Hồ Xuân Hương")
    page.fill("input[name=latitude]", "19.7400")
    page.fill("input[name=longitude]", "105.9000")
    page.fill("input[name=approval_no]", "123/QĐ-SCT")
    page.locator("form:has([name=approval_no]) button[type=submit]").last.click()
    page.wait_for_url("**/dashboard/outlets/*/")
    journey.check()
    outlet = Outlet.objects.get(name="Điểm OCOP Biển Sầm Sơn")
    assert (outlet.province_code, outlet.commune_code) == ("38", "14797")

    page = journey.visit(reverse("dashboard:outlets-inspection-create", kwargs={"pk": outlet.pk}))
    today = dt.date.today()
    page.fill("input[name=date]", today.isoformat())
    page.fill("input[name=inspector]", "Sở Công Thương Thanh Hóa")
    page.select_option("select[name=result]", "needs_fix")
    page.fill("textarea[name=findings]", "Thiếu niêm yết giá")
    page.fill("input[name=follow_up_deadline]", (today + dt.timedelta(days=14)).isoformat())
    page.locator("form:has([name=inspector]) button[type=submit]").click()
    page.wait_for_url("**/dashboard/outlets/*/")
    journey.check()
    expect(page.locator("body")).to_contain_text("Thiếu niêm yết giá")
    inspection = Inspection.objects.get(outlet=outlet)
    assert (inspection.result, inspection.inspector) == ("needs_fix", "Sở Công Thương Thanh Hóa")

    journey.log_out()
    page = journey.visit(outlet.get_absolute_url())
    expect(page.locator("h1")).to_contain_text("Điểm OCOP Biển Sầm Sơn")
    journey.accessible()


def where_the_product_shows(journey, title, outlet) -> dict:
    """Is ``title`` on the catalogue, in search, on the outlet page, in the API?"""
    found = {}
    for place, path in (("catalogue", "/catalogue/"), ("search", "/search/?q=gio+lua"),
                        ("outlet", outlet.get_absolute_url())):
        journey.visit(path)
        found[place] = journey.page.get_by_role("link", name=title).count() > 0
    answer = journey.page.request.get(journey.base + "/api/products/")
    assert answer.ok
    found["api"] = title in [item["title"] for item in json.loads(answer.text())["results"]]
    return found


def test_an_operator_revokes_a_certificate_and_the_product_leaves_every_list(journey):
    people = make_people()
    title = "Giò lụa Ước Lễ"
    sausage = make_product(title, producer=people.producer_a)
    make_product("Bánh cốm Hà Nội", producer=people.producer_b)
    outlet = make_outlet(THANHHOA_STATION)
    add_product(outlet, sausage)
    everywhere = {"catalogue": True, "search": True, "outlet": True, "api": True}
    assert where_the_product_shows(journey, title, outlet) == everywhere

    certificate = sausage.certificates.get()
    journey.log_in(people.operator)
    page = journey.visit(reverse("dashboard:certificates-detail", kwargs={"pk": certificate.pk}))
    page.select_option("select[name=action]", "revoke")
    page.fill("textarea[name=reason]", "Kiểm tra sau công nhận: không đạt chỉ tiêu vi sinh")
    page.get_by_role("button", name="Xác nhận").click()
    page.wait_for_load_state()
    journey.check()
    certificate.refresh_from_db()
    assert certificate.status == "revoked"

    journey.log_out()
    nowhere = dict.fromkeys(everywhere, False)
    assert where_the_product_shows(journey, title, outlet) == nowhere
    page = journey.visit(sausage.get_absolute_url())  # the product page says why
    expect(page.locator("body")).to_contain_text("thu hồi")
    journey.accessible()
