"""Operators suspend, revoke and reinstate from the certificate page; it takes effect at once."""
import datetime as dt

import pytest
from django.utils import timezone

from tests.certificates.conftest import url
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def product(people):
    return make_product("Nem chua Thanh Hóa", producer=people.producer_a)


def listed(title):
    return title in client_for(None).get("/catalogue/").content.decode()


def test_suspension_delists_at_once_and_history_shows_who(people, product):
    certificate = product.certificates.get()
    assert listed("Nem chua Thanh Hóa")

    response = client_for(people.operator).post(
        url("status", certificate.pk),
        {"action": "suspend", "reason": "Chờ kết quả kiểm nghiệm an toàn thực phẩm"},
    )

    assert response.status_code == 302
    assert not listed("Nem chua Thanh Hóa")
    change = certificate.status_changes.get()
    assert (change.status, change.changed_by) == ("suspended", people.operator)
    page = client_for(people.operator).get(url("detail", certificate.pk)).content.decode()
    assert "Chờ kết quả kiểm nghiệm an toàn thực phẩm" in page
    latest = certificate.history.first()
    assert latest.history_user == people.operator
    assert "vanhanh" in page.split('id="audit-history"')[1]


def test_reinstate_lists_again_and_revoked_cannot_be_suspended(people, product):
    certificate = product.certificates.get()
    operator = client_for(people.operator)
    operator.post(url("status", certificate.pk), {"action": "revoke", "reason": "Vi phạm"})
    response = operator.post(url("status", certificate.pk),
                             {"action": "suspend", "reason": "Thử"})
    assert "không áp dụng" in str(response.context["status_form"].errors)
    certificate.refresh_from_db()
    assert certificate.status == "revoked"

    operator.post(url("status", certificate.pk),
                  {"action": "reinstate", "reason": "Khiếu nại được chấp nhận"})

    assert listed("Nem chua Thanh Hóa")
    assert [c.status for c in certificate.status_changes.order_by("recorded_at")] == [
        "revoked", "active"]


def test_a_reason_is_required(people, product):
    certificate = product.certificates.get()
    response = client_for(people.operator).post(
        url("status", certificate.pk), {"action": "revoke", "reason": "   "}
    )
    assert response.status_code == 200
    assert "Hãy ghi lý do" in str(response.context["status_form"].errors)
    certificate.refresh_from_db()
    assert certificate.status == "active" and not certificate.status_changes.exists()


def test_change_status_keeps_working_without_a_user(product):
    certificate = product.certificates.get()
    certificate.change_status("revoked", "Nhập từ danh sách thu hồi")
    assert certificate.status_changes.get().changed_by is None
    assert certificate.history.count() == 2


def test_filters(people, product):
    make_product("Mật ong bạc hà", producer=people.producer_b, stars=5)
    operator = client_for(people.operator)
    titles = lambda **q: {c.product.title for c in operator.get(url("list"), q).context[  # noqa: E731
        "certificates"]}
    assert titles(stars=5) == {"Mật ong bạc hà"}
    assert titles(province="38") == {"Nem chua Thanh Hóa"}
    assert titles(status="revoked") == set()
    assert titles(validity="expiring") == set()
    today = timezone.localdate()
    make_product("Chè lam", producer=people.producer_a,
                 valid_until=today + dt.timedelta(days=20))
    make_product("Giò lụa", producer=people.producer_a, issued_on=today - dt.timedelta(
        days=1200), valid_until=today - dt.timedelta(days=5))
    assert titles(validity="expiring") == {"Chè lam", "Giò lụa"}
    assert titles(validity="expired") == {"Giò lụa"}
    assert len(titles(stars="9")) == 4  # a bad filter is ignored, not a 500
