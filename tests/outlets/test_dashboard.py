"""Provincial officers work in the Oscar dashboard (/dashboard/outlets/).

Officer X (Thanh Hóa, 38) and officer Y (Hà Nội, 01), made the way the
project makes them (not staff). Each reads every province, changes only its
own: every page that changes something answers 404 to the other province's
officer by GET and by POST, and nothing changes.
"""
import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from outlets.assortment import add_product
from outlets.models import Inspection, Outlet, OutletProduct
from tests.factories import make_product
from tests.outlets.builders import HANOI_STATION, THANHHOA_STATION, make_outlet
from tests.outlets.officers import dashboard_form_data
from tests.people import client_for

pytestmark = pytest.mark.django_db
LIST = "/dashboard/outlets/"


@pytest.fixture
def world(people):
    ours, theirs = make_outlet(THANHHOA_STATION), make_outlet(HANOI_STATION)
    row = add_product(theirs, make_product("Bánh cuốn Thanh Trì"))
    inspection = Inspection.objects.create(outlet=theirs, date=dt.date(2026, 1, 5),
                                           inspector="Y", result="pass")
    people.ours, people.theirs, people.row, people.inspection = ours, theirs, row, inspection
    people.x, people.y = client_for(people.officer_x), client_for(people.officer_y)
    return people


def snapshot(outlet):
    outlet.refresh_from_db()
    return (outlet.name, outlet.province_code, outlet.status, outlet.operator,
            list(outlet.assortment.values_list("product_id", flat=True)),
            list(outlet.inspections.values_list("inspector", "result")),
            outlet.opening_periods.count(), outlet.status_changes.count())


# --- Who gets in -----------------------------------------------------------
def urls(w):
    o = w.theirs.pk
    return {
        "outlets-list": LIST, "outlets-detail": f"{LIST}{o}/",
        "outlets-overdue": f"{LIST}overdue/", "outlets-coverage": f"{LIST}coverage/",
        "outlets-create": f"{LIST}new/", "outlets-update": f"{LIST}{o}/edit/",
        "outlets-status": f"{LIST}{o}/status/",
        "outlets-assortment-add": f"{LIST}{o}/assortment/",
        "outlets-assortment-remove": f"{LIST}{o}/assortment/{w.row.pk}/remove/",
        "outlets-inspection-create": f"{LIST}{o}/inspections/new/",
        "outlets-inspection-update": f"{LIST}inspections/{w.inspection.pk}/",
    }


def test_url_names_are_the_ones_documented(world):
    for name, url in urls(world).items():
        kwargs = {}
        match = re.search(r"/(\d+)/", url)
        if name == "outlets-inspection-update":
            kwargs = {"inspection_pk": world.inspection.pk}
        elif name == "outlets-assortment-remove":
            kwargs = {"pk": world.theirs.pk, "row_pk": world.row.pk}
        elif match:
            kwargs = {"pk": int(match[1])}
        assert reverse(f"dashboard:{name}", kwargs=kwargs) == url


@pytest.mark.parametrize("who, expected", [("anonymous", 302), ("consumer", 403),
                                           ("staff_a", 403)])
def test_only_officers_and_operators_get_in(world, who, expected):
    client = client_for(getattr(world, who))
    for url in urls(world).values():
        assert client.get(url).status_code == expected, url
        assert client.post(url, {"status": "closed", "reason": "x",
                                 "product": str(world.row.product_id)}).status_code == expected
    assert snapshot(world.theirs)[2:] == ("active", "", [world.row.product_id],
                                          [("Y", "pass")], 7, 0)


READ = ["outlets-list", "outlets-detail", "outlets-overdue", "outlets-coverage"]
WRITE = ["outlets-update", "outlets-status", "outlets-assortment-add",
         "outlets-assortment-remove", "outlets-inspection-create", "outlets-inspection-update"]


@pytest.mark.parametrize("name", READ)
def test_officer_reads_another_province(world, name):
    before = snapshot(world.theirs)
    assert world.x.get(urls(world)[name]).status_code == 200
    assert world.x.post(urls(world)[name], {"status": "closed"}).status_code == 405
    assert snapshot(world.theirs) == before


@pytest.mark.parametrize("name", WRITE)
def test_officer_cannot_change_another_province_by_get_or_post(world, name):
    url = urls(world)[name]
    before = snapshot(world.theirs)
    assert world.x.get(url).status_code in (404, 405)
    data = {"name": "Đổi tên", "outlet_type": "airport", "province_code": "38",
            "commune_code": "14797", "operator": "X", "status": "closed", "reason": "X",
            "product": str(make_product("Kẹo dồi").pk), "date": "2026-02-01",
            "inspector": "X", "result": "fail", "follow_up_deadline": "2026-03-01",
            **{f"{p}-TOTAL_FORMS": "0" for p in ("periods", "exceptions", "photos")},
            **{f"{p}-INITIAL_FORMS": "0" for p in ("periods", "exceptions", "photos")}}
    assert world.x.post(url, data).status_code == 404
    assert snapshot(world.theirs) == before
    assert Inspection.objects.count() == 1


@pytest.mark.parametrize("name", WRITE)
def test_the_owner_reaches_the_same_urls(world, name):
    response = world.y.get(urls(world)[name])
    assert response.status_code in (200, 405)


def test_operator_changes_any_province(world):
    client = client_for(world.operator)
    response = client.post(f"{LIST}{world.theirs.pk}/status/",
                           {"status": "suspended", "reason": "Sửa chữa nhà ga"})
    assert response.status_code == 302
    world.theirs.refresh_from_db()
    assert world.theirs.status == "suspended"


def test_menu_shows_the_section_to_officers_only(world):
    html = world.x.get("/dashboard/").content.decode()
    assert 'href="/dashboard/outlets/"' in html and "Khắc phục quá hạn" in html
    assert 'href="/dashboard/outlets/"' not in client_for(world.staff_a).get(
        "/dashboard/").content.decode()


# --- The list --------------------------------------------------------------
def test_list_reads_every_province_and_links_edits_only_for_its_own(world):
    html = world.x.get(LIST).content.decode()
    assert "Điểm OCOP Ga Thanh Hóa" in html and "Điểm OCOP Ga Hà Nội" in html
    assert f"{LIST}{world.ours.pk}/edit/" in html
    assert f"{LIST}{world.theirs.pk}/edit/" not in html


@pytest.mark.parametrize("query, shown", [
    ("province=01", ["Điểm OCOP Ga Hà Nội"]),
    ("type=market", ["Chợ"]),
    ("status=closed", ["Điểm đã đóng"]),
])
def test_list_filters(world, query, shown):
    make_outlet(THANHHOA_STATION, name="Chợ", outlet_type="market")
    make_outlet(THANHHOA_STATION, name="Điểm đã đóng", status="closed")
    response = world.x.get(f"{LIST}?{query}")
    assert [o.name for o in response.context["outlets"]] == shown


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_list_costs_the_same_queries_at_any_size(world):
    def grow(n):
        for i in range(n):
            outlet = make_outlet(THANHHOA_STATION, name=f"Điểm {i}-{Outlet.objects.count()}")
            Inspection.objects.create(outlet=outlet, date=dt.date(2026, 1, 1), inspector="A",
                                      result="fail", follow_up_deadline=dt.date(2026, 1, 2))
    grow(2)
    small = queries(world.x, LIST)
    grow(12)
    assert queries(world.x, LIST) == small


# --- Creating and editing ----------------------------------------------------
def new_outlet_data(client, **changes):
    data = dashboard_form_data(client.get(f"{LIST}new/"))
    data.update(name="Điểm OCOP Sầm Sơn", outlet_type="tourist_site", province_code="38",
                commune_code="14797", latitude="19.7400", longitude="105.9000",
                phone="0237 3852 123", approval_no="123/QĐ-SCT", approved_on="2026-01-15")
    data.update(changes)
    return data


def test_create_offers_only_the_officers_province(world):
    form = world.x.get(f"{LIST}new/").context["form"]
    assert [code for code, _ in form.fields["province_code"].choices if code] == ["38"]


def test_creating_in_another_province_is_refused_with_a_message(world):
    response = world.x.post(f"{LIST}new/", new_outlet_data(
        world.x, province_code="01", commune_code="00073"))
    assert response.status_code == 200
    assert "chỉ được quản lý dữ liệu của tỉnh/thành mình phụ trách (Thanh Hóa)" in (
        response.content.decode())
    assert not Outlet.objects.filter(name="Điểm OCOP Sầm Sơn").exists()


def test_create_with_hours_and_a_tet_closure(world):
    data = new_outlet_data(world.x)
    data.update({"periods-TOTAL_FORMS": "1", "periods-0-weekday": "0",
                 "periods-0-opens": "07:00", "periods-0-closes": "21:00",
                 "exceptions-TOTAL_FORMS": "1", "exceptions-0-date": "2027-02-06",
                 "exceptions-0-closed": "on", "exceptions-0-reason": "Tết Nguyên đán"})
    response = world.x.post(f"{LIST}new/", data)
    assert response.status_code == 302
    outlet = Outlet.objects.get(name="Điểm OCOP Sầm Sơn")
    assert (outlet.province_code, outlet.approval_no, outlet.phone) == (
        "38", "123/QĐ-SCT", "0237 3852 123")
    assert str(outlet.opening_periods.get()) == "Thứ Hai 07:00–21:00"
    assert outlet.opening_exceptions.get().reason == "Tết Nguyên đán"


@pytest.mark.parametrize("changes, message", [
    ({"commune_code": "00073"}, "không thuộc"),  # a Hà Nội ward in Thanh Hóa
    ({"longitude": ""}, "Cần nhập cả vĩ độ và kinh độ."),
    ({"periods-TOTAL_FORMS": "1", "periods-0-weekday": "0", "periods-0-opens": "21:00",
      "periods-0-closes": "07:00"}, "Giờ đóng cửa phải sau giờ mở cửa"),
])
def test_bad_input_is_refused_and_nothing_saved(world, changes, message):
    response = world.x.post(f"{LIST}new/", new_outlet_data(world.x, **changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Outlet.objects.filter(name="Điểm OCOP Sầm Sơn").exists()


def test_officer_edits_its_own_outlet_but_cannot_move_it(world):
    url = f"{LIST}{world.ours.pk}/edit/"
    data = dashboard_form_data(world.x.get(url))
    data["operator"] = "Công ty CP Vận tải Đường sắt"
    assert world.x.post(url, data).status_code == 302
    world.ours.refresh_from_db()
    assert world.ours.operator == "Công ty CP Vận tải Đường sắt"
    data.update(province_code="01", commune_code="00073")
    assert world.x.post(url, data).status_code == 200
    world.ours.refresh_from_db()
    assert world.ours.province_code == "38"


# --- Status ----------------------------------------------------------------
def test_status_change_keeps_the_reason_in_the_history(world):
    url = f"{LIST}{world.ours.pk}/"
    world.x.post(f"{url}status/", {"status": "suspended", "reason": "Sửa chữa nhà ga"})
    world.ours.refresh_from_db()
    assert world.ours.status == "suspended"
    assert "Sửa chữa nhà ga" in world.x.get(url).content.decode()
    response = world.x.post(f"{url}status/", {"status": "closed", "reason": ""}, follow=True)
    world.ours.refresh_from_db()
    assert world.ours.status == "suspended"  # no reason, no change
    assert "bắt buộc" in response.content.decode()


# --- Assortment ------------------------------------------------------------
def test_unlisted_product_is_refused_with_its_reason(world):
    unlisted = make_product("Chè lam", certificate=False)
    response = world.x.post(f"{LIST}{world.ours.pk}/assortment/",
                            {"product": str(unlisted.pk)}, follow=True)
    html = response.content.decode()
    assert "Không thể bày bán «Chè lam»" in html and "chưa có giấy chứng nhận OCOP" in html
    assert not world.ours.assortment.exists()
    listed = make_product("Nem chua")
    world.x.post(f"{LIST}{world.ours.pk}/assortment/", {"product": listed.upc or listed.pk})
    assert world.ours.assortment.get().product == listed


def test_lapsed_product_is_flagged_and_removed_in_one_click(world):
    lapsed, kept = make_product("Nem chua"), make_product("Bánh gai Tứ Trụ")
    row = add_product(world.ours, lapsed)
    add_product(world.ours, kept)
    lapsed.certificates.get().change_status("revoked", "Vi phạm")
    response = world.x.get(f"{LIST}{world.ours.pk}/")
    assert [r.product.title for r in response.context["to_remove"]] == ["Nem chua"]
    assert response.content.decode().count("to-remove") == 1
    world.x.post(f"{LIST}{world.ours.pk}/assortment/{row.pk}/remove/")
    assert [r.product for r in world.ours.assortment.all()] == [kept]


def test_removing_a_row_through_another_outlet_url_is_refused(world):
    # The outlet in the URL is the officer's own, the row belongs to Hà Nội.
    url = f"{LIST}{world.ours.pk}/assortment/{world.row.pk}/remove/"
    assert world.x.post(url).status_code == 404
    assert OutletProduct.objects.filter(pk=world.row.pk).exists()


# --- Inspections -----------------------------------------------------------
def test_inspection_needing_a_fix_needs_a_deadline(world):
    url = f"{LIST}{world.ours.pk}/inspections/new/"
    data = {"date": "2026-03-01", "inspector": "Lê Văn A", "result": "needs_fix",
            "findings": "Thiếu bảng giá"}
    response = world.x.post(url, data)
    assert "nhập hạn khắc phục" in response.content.decode()
    assert not world.ours.inspections.exists()
    data["follow_up_deadline"] = "2026-03-15"
    assert world.x.post(url, data).status_code == 302
    assert world.ours.inspections.get().findings == "Thiếu bảng giá"


def test_overdue_follow_ups_are_highlighted_and_listed_for_the_province(world):
    late = Inspection.objects.create(outlet=world.ours, date=dt.date(2025, 1, 1),
                                     inspector="A", result="fail",
                                     follow_up_deadline=dt.date(2025, 2, 1))
    Inspection.objects.create(outlet=world.theirs, date=dt.date(2025, 1, 1), inspector="B",
                              result="fail", follow_up_deadline=dt.date(2025, 2, 1))
    html = world.x.get(f"{LIST}{world.ours.pk}/").content.decode()
    assert 'class="table-danger overdue"' in html and "Quá hạn" in html
    overdue = world.x.get(f"{LIST}overdue/").context["inspections"]
    assert list(overdue) == [late]
    assert len(world.x.get(f"{LIST}overdue/?province=01").context["inspections"]) == 1
    url = f"{LIST}inspections/{late.pk}/"
    world.x.post(url, {"date": "2025-01-01", "inspector": "A", "result": "fail",
                       "follow_up_deadline": "2025-02-01", "follow_up_done_on": "2025-02-10"})
    assert list(world.x.get(f"{LIST}overdue/").context["inspections"]) == []


# --- Coverage --------------------------------------------------------------
def test_coverage_defaults_to_the_officers_province_and_exports(world):
    response = world.x.get(f"{LIST}coverage/")
    assert response.context["report"].province_code == "38"
    html = response.content.decode()
    assert "?province=38&amp;format=xlsx" in html and "?province=38&amp;format=csv" in html
    csv = world.x.get(f"{LIST}coverage/?province=01&format=csv")
    assert "Số điểm bán đang hoạt động,1" in csv.content.decode("utf-8-sig")


def test_the_old_public_coverage_url_leads_to_the_dashboard(client):
    response = client.get("/outlets/coverage/?province=46")
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/outlets/coverage/?province=46"
