"""Second line of defence: an officer wrongly made staff is still scoped in
the Django admin (officers work in the dashboard: tests/outlets/test_dashboard.py).

A provincial officer manages its own province's outlets, by any route,
and reads the others'.

Officer of Huế (46) against an outlet of Hà Nội (01): list, change, history
and delete URLs, by GET and POST, the add form, the assortment inline, the
inspections admin and the status actions.
"""
import pytest
from django.contrib.auth.models import Group

from outlets.models import Inspection, Outlet, OutletProduct
from outlets.scoping import OFFICER_GROUP
from tests.factories import make_product
from tests.outlets.builders import HANOI_STATION, HUE_STATION, make_outlet
from tests.outlets.officers import admin_form_data
from tests.outlets.officers import make_staff_officer as make_officer

pytestmark = pytest.mark.django_db
BASE = "/django-admin/outlets/outlet/"


@pytest.fixture
def hue_officer(client):
    client.force_login(make_officer("46"))
    return client


@pytest.fixture
def outlets():
    return make_outlet(HUE_STATION), make_outlet(HANOI_STATION)


def test_the_officers_group_exists_with_outlet_permissions():
    codenames = set(Group.objects.get(name=OFFICER_GROUP).permissions.values_list(
        "codename", flat=True))
    assert {"add_outlet", "change_outlet", "add_inspection", "add_outletproduct"} <= codenames
    # Oscar's partner and product pages are not scoped by province.
    assert not {"delete_outlet", "view_partner", "view_product"} & codenames


def test_officer_reads_every_province_but_may_change_only_its_own(hue_officer, outlets):
    response = hue_officer.get(BASE)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 2
    hue, hanoi = outlets
    theirs = hue_officer.get(f"{BASE}{hanoi.pk}/change/")
    assert theirs.status_code == 200
    assert not theirs.context["has_change_permission"]  # shown read-only
    assert hue_officer.get(f"{BASE}{hue.pk}/change/").context["has_change_permission"]


def test_superuser_lists_every_province(admin_client, outlets):
    response = admin_client.get(BASE)
    assert len(response.context["cl"].result_list) == 2


@pytest.mark.parametrize("suffix", ["change/", "history/", "delete/"])
def test_other_province_urls_change_nothing_by_post(hue_officer, outlets, suffix):
    hanoi = outlets[1]
    url = f"{BASE}{hanoi.pk}/{suffix}"
    if suffix == "delete/":
        assert hue_officer.get(url).status_code == 403
    response = hue_officer.post(url, {"name": "Đổi tên", "province_code": "46",
                                      "outlet_type": "airport", "post": "yes"})
    # The history page is read-only anyway and ignores a POST.
    assert response.status_code == (200 if suffix == "history/" else 403)
    hanoi.refresh_from_db()
    assert (hanoi.name, hanoi.province_code) == ("Điểm OCOP Ga Hà Nội", "01")


def test_officer_edits_its_own_outlet(hue_officer, outlets):
    hue = outlets[0]
    url = f"{BASE}{hue.pk}/change/"
    data = admin_form_data(hue_officer.get(url))
    data["operator"] = "Công ty CP Vận tải Đường sắt"
    response = hue_officer.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    hue.refresh_from_db()
    assert hue.operator == "Công ty CP Vận tải Đường sắt"


def test_officer_cannot_move_its_outlet_to_another_province(hue_officer, outlets):
    hue = outlets[0]
    url = f"{BASE}{hue.pk}/change/"
    data = admin_form_data(hue_officer.get(url))
    data.update(province_code="01", commune_code="00073")
    response = hue_officer.post(url, data)
    assert response.status_code == 200
    assert "chỉ được quản lý dữ liệu của tỉnh/thành mình phụ trách" in response.content.decode()
    hue.refresh_from_db()
    assert hue.province_code == "46"


def test_creating_an_outlet_in_another_province_is_refused_with_a_message(hue_officer):
    response = hue_officer.get(f"{BASE}add/")
    choices = [code for code, _ in response.context["adminform"].form.fields[
        "province_code"].choices if code]
    assert choices == ["46"]
    data = admin_form_data(response)
    data.update(name="Điểm OCOP Ga Hà Nội", outlet_type="railway_station",
                province_code="01", status="active")
    response = hue_officer.post(f"{BASE}add/", data)
    assert response.status_code == 200
    assert "chỉ được quản lý dữ liệu của tỉnh/thành mình phụ trách (Thành phố Huế)" in (
        response.content.decode())
    assert not Outlet.objects.exists()
    data["province_code"] = "46"
    assert hue_officer.post(f"{BASE}add/", data).status_code == 302
    assert Outlet.objects.get().province_code == "46"


def test_adding_an_unlisted_product_through_the_inline_is_refused_with_reason(
        hue_officer, outlets):
    hue = outlets[0]
    unlisted = make_product("Chè lam", certificate=False)
    url = f"{BASE}{hue.pk}/change/"
    data = admin_form_data(hue_officer.get(url))
    data["assortment-TOTAL_FORMS"] = "1"
    data["assortment-0-product"] = str(unlisted.pk)
    data["assortment-0-outlet"] = str(hue.pk)
    response = hue_officer.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Không thể bày bán «Chè lam»" in html and "chưa có giấy chứng nhận OCOP" in html
    assert not OutletProduct.objects.exists()
    # A listed product goes through the same form.
    data["assortment-0-product"] = str(make_product("Mè xửng").pk)
    assert hue_officer.post(url, data).status_code == 302
    assert hue.assortment.get().product.title == "Mè xửng"


def test_status_action_leaves_other_provinces_alone(hue_officer, outlets):
    hue, hanoi = outlets
    hue_officer.post(BASE, {"action": "mark_suspended",
                            "_selected_action": [hue.pk, hanoi.pk]})
    hue.refresh_from_db()
    hanoi.refresh_from_db()
    assert (hue.status, hanoi.status) == ("suspended", "active")


def test_inspections_of_another_province_are_refused(hue_officer, outlets):
    hue, hanoi = outlets
    theirs = Inspection.objects.create(outlet=hanoi, date="2025-09-01", inspector="A",
                                       result="pass")
    ours = Inspection.objects.create(outlet=hue, date="2025-09-01", inspector="B",
                                     result="pass")
    base = "/django-admin/outlets/inspection/"
    listed = set(hue_officer.get(base).context["cl"].result_list)
    assert listed == {ours, theirs}  # read, not changed:
    theirs_page = hue_officer.get(f"{base}{theirs.pk}/change/")
    assert not theirs_page.context["has_change_permission"]
    hue_officer.post(f"{base}{theirs.pk}/change/", {
        "outlet": hanoi.pk, "date": "2025-09-01", "inspector": "Đổi", "result": "fail"})
    theirs.refresh_from_db()
    assert (theirs.inspector, theirs.result) == ("A", "pass")
    response = hue_officer.post(f"{base}add/", {
        "outlet": hanoi.pk, "date": "2025-09-02", "inspector": "C", "result": "pass"})
    assert response.status_code == 200
    assert Inspection.objects.count() == 2


def test_officer_without_province_sees_nothing(client, outlets):
    officer = make_officer("46")
    officer.provincial_officer.delete()
    client.force_login(officer)
    assert list(client.get(BASE).context["cl"].result_list) == []
