"""A producer keeps its own profile, and nobody else's."""
import io

import pytest
from django.urls import reverse

from backoffice.roles import make_producer_staff
from tests import factories
from tests.backoffice.steps import THANH_HOA_WARD, profile_data
from tests.people import client_for

PROFILE = reverse("dashboard:producer-profile")


def test_a_producer_cannot_open_or_change_another(people):
    client = client_for(people.staff_a)
    url = f"{PROFILE}?producer={people.producer_b.pk}"
    assert client.get(url).status_code == 404
    assert client.post(url, profile_data(street_address="Chiếm")).status_code == 404
    assert client.get(f"{PROFILE}?producer=abc").status_code == 404
    people.producer_b.refresh_from_db()
    assert people.producer_b.street_address == ""


@pytest.mark.parametrize("who, status", [("consumer", 403), ("officer_x", 403),
                                         ("anonymous", 302)])
def test_profile_is_for_producers(people, who, status):
    client = client_for(getattr(people, who))
    url = f"{PROFILE}?producer={people.producer_a.pk}"
    assert client.get(url).status_code == status
    assert client.post(url, profile_data()).status_code == status
    people.producer_a.refresh_from_db()
    assert people.producer_a.tax_code == ""


def test_a_user_of_several_producers_picks_one(people):
    other = factories.make_producer("Hộ kinh doanh Bánh Gai", province_code="38")
    make_producer_staff(people.staff_a, other)
    client = client_for(people.staff_a)
    choice = client.get(PROFILE).content.decode()
    assert "Chọn chủ thể" in choice and "Hộ kinh doanh Bánh Gai" in choice
    assert "HTX Nông sản B" not in choice
    url = f"{PROFILE}?producer={other.pk}"
    assert client.post(url, profile_data(street_address="Xóm Giữa")).status_code == 302
    other.refresh_from_db()
    people.producer_a.refresh_from_db()
    assert other.street_address == "Xóm Giữa" and people.producer_a.street_address == ""


def test_an_operator_edits_any_producer(people):
    url = f"{PROFILE}?producer={people.producer_b.pk}"
    response = client_for(people.operator).post(url, profile_data(province_code="01",
                                                                   commune_code="Hoàn Kiếm"))
    assert response.status_code == 302
    people.producer_b.refresh_from_db()
    assert people.producer_b.commune_code == "00070"  # the name became its code


@pytest.mark.parametrize("changes, words", [
    ({"commune_code": "00070"}, "không thuộc tỉnh/thành đã chọn"),  # a Hà Nội ward
    ({"commune_code": "Xã Không Có"}, "không thuộc tỉnh/thành đã chọn"),
    ({"province_code": "99"}, "99"),
    ({"tax_code": "12345"}, "Mã số thuế 12345 không hợp lệ"),
    ({"website": "không phải địa chỉ"}, "URL"),
    ({"email": "a@"}, "email"),
    ({"producer_type": "xyz"}, "xyz"),
    ({"logo": io.BytesIO(b"%PDF-1.4 not an image")}, "không phải ảnh JPEG, PNG hoặc WebP"),
])
def test_bad_input_is_refused_and_nothing_saved(people, changes, words):
    if "logo" in changes:
        changes["logo"].name = "logo.png"
    response = client_for(people.staff_a).post(PROFILE, profile_data(
        street_address="Không được lưu", **changes))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Hồ sơ chưa được lưu" in body and words in body
    people.producer_a.refresh_from_db()
    assert people.producer_a.street_address == "" and not people.producer_a.logo
    assert people.producer_a.commune_code != THANH_HOA_WARD


def test_the_menu_shows_each_role_its_entries(people):
    producer = client_for(people.staff_a).get(reverse("dashboard:index")).content.decode()
    assert PROFILE in producer and reverse("dashboard:producer-reports") in producer
    assert reverse("dashboard:producer-invitation-list") not in producer
    operator = client_for(people.operator).get(reverse("dashboard:index")).content.decode()
    assert reverse("dashboard:producer-invitation-list") in operator
