"""Producer onboarding through its pages: invite, accept, complete the profile."""
import datetime as dt
from smtplib import SMTPException

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from backoffice import invitations
from backoffice.models import Invitation
from shop.partner.models import Partner
from tests.backoffice.steps import (
    PASSWORD,
    THANH_HOA_WARD,
    invite,
    last_link,
    png,
    profile_data,
)
from tests.people import client_for

User = get_user_model()
LIST = "dashboard:producer-invitation-list"
CREATE = "dashboard:producer-invitation-create"
PROFILE = "dashboard:producer-profile"
def test_whole_onboarding_from_invitation_to_profile(people):
    response = invite(people.operator, email="Chu.The@Example.vn", new_name="HTX Chè Mới",
                      new_province="38")
    assert response.status_code == 302
    producer = Partner.objects.get(name="HTX Chè Mới")
    assert producer.province_code == "38"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["Chu.The@Example.vn"] and message.from_email == "no-reply@ocop.local"
    assert "HTX Chè Mới" in message.subject and "đặt mật khẩu" in message.body
    link, path = last_link()

    visitor = Client()  # anonymous: the link is all it has
    page = visitor.get(path)
    assert page.status_code == 200 and "HTX Chè Mới" in page.content.decode()

    weak = visitor.post(path, {"new_password1": "123", "new_password2": "123"})
    assert weak.status_code == 200 and "Mật khẩu" in weak.content.decode()
    mismatch = visitor.post(path, {"new_password1": PASSWORD, "new_password2": PASSWORD + "x"})
    assert mismatch.status_code == 200
    assert not User.objects.filter(email__iexact="chu.the@example.vn").exists()

    done = visitor.post(path, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert done.status_code == 302
    assert done["Location"] == reverse(PROFILE) + f"?producer={producer.pk}"
    user = User.objects.get(email__iexact="chu.the@example.vn")
    assert not user.is_staff and user.has_perm("partner.dashboard_access")
    assert list(user.partners.all()) == [producer]
    assert Invitation.objects.get().accepted_by == user

    # Logged in already; and the email works as the login (Oscar's EmailBackend).
    assert visitor.get(done["Location"]).status_code == 200
    assert Client().login(username="Chu.The@Example.vn", password=PASSWORD)

    url = reverse(PROFILE)  # one producer: no parameter needed
    refused = visitor.post(url, profile_data(tax_code="0100109107"))
    assert refused.status_code == 200
    assert "Mã số thuế 0100109107 không hợp lệ" in refused.content.decode()
    assert "Hồ sơ chưa được lưu" in refused.content.decode()
    producer.refresh_from_db()
    assert (producer.tax_code, producer.street_address, producer.producer_type) == ("", "", "")

    saved = visitor.post(url, {**profile_data(), "logo": png()})
    assert saved.status_code == 302
    producer.refresh_from_db()
    assert producer.tax_code == "0100109106" and producer.commune_code == THANH_HOA_WARD
    assert producer.street_address == "Thôn Đông" and producer.website == "https://htx.vn"
    assert producer.logo.name.endswith(".jpg")  # re-encoded by shop.images
    assert producer.full_address.startswith("Thôn Đông, ")

    # The link is used up.
    again = Client().get(path)
    assert again.status_code == 410 and "đã được sử dụng" in again.content.decode()


def test_an_existing_producer_is_invited_resent_and_cancelled(people):
    invite(people.operator, email="b2@example.vn", producer=people.producer_b.pk)
    invitation = Invitation.objects.get()
    assert invitation.producer == people.producer_b and invitation.invited_by == people.operator
    assert invitation.expires_at - timezone.now() > dt.timedelta(days=13, hours=23)
    _, first = last_link()
    listing = client_for(people.operator).get(reverse(LIST)).content.decode()
    assert "b2@example.vn" in listing and "Đang chờ" in listing

    operator = client_for(people.operator)
    operator.post(reverse("dashboard:producer-invitation-resend", args=[invitation.pk]))
    assert len(mail.outbox) == 2
    _, second = last_link()
    assert second != first
    assert Client().get(first).status_code == 404  # the old link no longer works
    assert Client().get(second).status_code == 200

    operator.post(reverse("dashboard:producer-invitation-cancel", args=[invitation.pk]))
    cancelled = Client().post(second, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert cancelled.status_code == 410 and "đã bị hủy" in cancelled.content.decode()
    assert not User.objects.filter(email="b2@example.vn").exists()
    assert "Đã hủy" in operator.get(reverse(LIST)).content.decode()
    resent = operator.post(reverse("dashboard:producer-invitation-resend", args=[invitation.pk]),
                           follow=True)
    assert "không thể thay đổi" in resent.content.decode() and len(mail.outbox) == 2


def test_an_expired_link_creates_nothing(people):
    invite(people.operator, email="late@example.vn", producer=people.producer_a.pk)
    _, path = last_link()
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    for response in (Client().get(path),
                     Client().post(path, {"new_password1": PASSWORD, "new_password2": PASSWORD})):
        assert response.status_code == 410 and "đã hết hạn" in response.content.decode()
    assert not User.objects.filter(email="late@example.vn").exists()
    assert "Hết hạn" in client_for(people.operator).get(reverse(LIST)).content.decode()


@pytest.mark.parametrize("token", ["abc", "x" * 300, "ÿ-đ", "..%2F..%2Fadmin"])
def test_a_garbage_link_is_refused_plainly(people, token):
    path = reverse("dashboard:producer-invitation-accept", kwargs={"token": token})
    before = User.objects.count()
    for response in (Client().get(path),
                     Client().post(path, {"new_password1": PASSWORD, "new_password2": PASSWORD})):
        assert response.status_code == 404
        assert "Liên kết mời không hợp lệ" in response.content.decode()
    assert User.objects.count() == before


def test_a_link_that_is_not_utf8_is_not_an_error(db):
    assert Client().get("/dashboard/producer/join/%FF%FE/").status_code == 404


def test_an_existing_account_accepts_by_logging_in(people):
    invite(people.operator, email=people.consumer.email, producer=people.producer_a.pk)
    _, path = last_link()
    anonymous = Client().post(path, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert "đã có tài khoản" in anonymous.content.decode()
    assert not people.consumer.partners.exists()
    people.consumer.refresh_from_db()
    assert not people.consumer.check_password(PASSWORD)  # nobody reset it through the link

    consumer = client_for(people.consumer)
    assert consumer.get(path).status_code == 200
    assert consumer.post(path).status_code == 302
    assert list(people.consumer.partners.all()) == [people.producer_a]
    assert consumer.get(reverse(PROFILE)).status_code == 200


def test_the_invitation_form_says_what_is_wrong(people):
    operator = client_for(people.operator)
    cases = [
        ({"email": "x@example.vn"}, "Hãy chọn một chủ thể"),
        ({"email": "x@example.vn", "new_name": "HTX Mới"}, "Hãy chọn tỉnh/thành phố"),
        ({"email": "x@example.vn", "new_name": "HTX Mới", "new_province": "38",
          "producer": people.producer_a.pk}, "không chọn cả hai"),
        ({"email": people.operator.email, "producer": people.producer_a.pk},
         "tài khoản vận hành sàn"),
        ({"email": people.staff_a.email, "producer": people.producer_a.pk}, "đã quản lý"),
        ({"email": "khong-phai-email", "producer": people.producer_a.pk}, "email"),
    ]
    for data, words in cases:
        response = operator.post(reverse(CREATE), data)
        assert response.status_code == 200 and words in response.content.decode(), data
    assert not Invitation.objects.exists() and not mail.outbox
    assert not Partner.objects.filter(name="HTX Mới").exists()


@pytest.mark.parametrize("who", ["anonymous", "consumer", "staff_a", "officer_x"])
def test_only_operators_invite(people, who):
    invite(people.operator, email="keep@example.vn", producer=people.producer_a.pk)
    invitation = Invitation.objects.get()
    sent = len(mail.outbox)
    client = client_for(getattr(people, who))
    expected = 302 if who == "anonymous" else 403
    for name in (LIST, CREATE):
        assert client.get(reverse(name)).status_code == expected
    posts = [
        (reverse(CREATE), {"email": "evil@example.vn", "producer": people.producer_b.pk}),
        (reverse("dashboard:producer-invitation-resend", args=[invitation.pk]), {}),
        (reverse("dashboard:producer-invitation-cancel", args=[invitation.pk]), {}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == expected
        if expected == 302:
            assert "/login/" in response["Location"]
    assert list(Invitation.objects.values_list("email", "cancelled_at")) == [
        ("keep@example.vn", None)]
    assert len(mail.outbox) == sent


def test_public_registration_never_opens_the_dashboard(db):
    client = Client()
    response = client.post(reverse("customer:register"), {
        "email": "tudangky@example.vn", "password1": PASSWORD, "password2": PASSWORD,
    })
    assert response.status_code == 302
    user = User.objects.get(email="tudangky@example.vn")
    assert not user.is_staff and not user.partners.exists()
    assert not user.has_perm("partner.dashboard_access")
    for name in ("dashboard:index", PROFILE, "dashboard:producer-reports", LIST):
        assert client.get(reverse(name)).status_code == 403, name


def test_operators_filter_invitations_by_status(people):
    for email in ("cho@example.vn", "het@example.vn", "huy@example.vn"):
        invite(people.operator, email=email, producer=people.producer_a.pk)
    Invitation.objects.filter(email="het@example.vn").update(
        expires_at=timezone.now() - dt.timedelta(days=1))
    Invitation.objects.filter(email="huy@example.vn").update(cancelled_at=timezone.now())
    operator = client_for(people.operator)
    for status, shown in [("pending", "cho@"), ("expired", "het@"), ("cancelled", "huy@")]:
        body = operator.get(reverse(LIST), {"status": status}).content.decode()
        listed = {email for email in ("cho@", "het@", "huy@") if email in body}
        assert listed == {shown}, status
    assert "huy@" in operator.get(reverse(LIST), {"status": "bogus"}).content.decode()


def test_a_mail_failure_changes_nothing(people, monkeypatch):
    def fail(**kwargs):
        raise SMTPException("máy chủ thư không trả lời")

    monkeypatch.setattr(invitations, "send_mail", fail)
    response = invite(people.operator, email="x@example.vn", new_name="HTX Không Gửi",
                      new_province="38")
    assert response.status_code == 200
    assert "Không gửi được email" in response.content.decode()
    assert not Invitation.objects.exists()
    assert not Partner.objects.filter(name="HTX Không Gửi").exists()


def test_the_invitation_list_costs_the_same_for_many(people):
    operator = client_for(people.operator)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert operator.get(reverse(LIST)).status_code == 200
        return len(captured)

    invite(people.operator, email="1@example.vn", producer=people.producer_a.pk)
    few = queries()
    for n in range(2, 7):
        invite(people.operator, email=f"{n}@example.vn", new_name=f"HTX {n}", new_province="01")
    assert queries() == few
