"""``send_expiry_notices``: 60 and 30 days before expiry and on expiry, once each."""
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from oscar.core.loading import get_model

from tests.factories import make_product
from tests.people import client_for

ExpiryNotice = get_model("catalogue", "ExpiryNotice")
pytestmark = pytest.mark.django_db
VALID_UNTIL = dt.date(2031, 6, 30)
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def days_before(days):
    day = VALID_UNTIL - dt.timedelta(days=days)
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, 7, 0, tzinfo=HANOI),
                               tick=False)


def run(*args):
    out = io.StringIO()
    call_command("send_expiry_notices", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def certificate(people):
    people.producer_a.email = "htx-a@example.vn"
    people.producer_a.save()
    product = make_product("Nem chua Thanh Hóa", producer=people.producer_a,
                           issued_on=dt.date(2028, 6, 30), valid_until=VALID_UNTIL)
    return product.certificates.get()


def test_each_threshold_once(certificate):
    sent = []
    for days in (61, 60, 45, 30, 0):
        with days_before(days):
            run()
            run()  # a second run the same day sends nothing new
        sent.append(len(mail.outbox))
    assert sent == [0, 1, 1, 2, 3]
    assert sorted(ExpiryNotice.objects.values_list("threshold", flat=True)) == [0, 30, 60]
    sixty, thirty, expired = mail.outbox
    assert sorted(sixty.to) == ["htx-a@example.vn", "nhanvien-a@example.vn"]
    assert "còn 60 ngày" in sixty.subject and certificate.number in sixty.subject
    assert "Nem chua Thanh Hóa" in sixty.body and "30/06/2031" in sixty.body
    assert "/dashboard/certificates/submissions/new/" in sixty.body
    assert "hết hiệu lực (30/06/2031)" in expired.subject
    assert "Từ ngày 01/07/2031, sản phẩm không còn được bày bán" in expired.body
    with days_before(-1):
        assert "Tổng cộng: 0 email" in run()


def test_a_missed_day_still_sends_the_threshold_crossed(certificate):
    with days_before(45):
        output = run()
    assert len(mail.outbox) == 1 and "còn 60 ngày" in mail.outbox[0].subject
    assert certificate.number in output
    with days_before(-3):  # the expiry run was missed too
        run()
    assert len(mail.outbox) == 2 and "hết hiệu lực (30/06/2031)" in mail.outbox[1].subject


def test_long_expired_and_renewed_certificates_get_nothing(people, certificate):
    with days_before(-60):
        run()
    assert not mail.outbox
    make_product("Chè lam", producer=people.producer_a, issued_on=dt.date(2028, 1, 1),
                 valid_until=dt.date(2031, 1, 1))
    renewed = make_product("Mật ong", producer=people.producer_a,
                           issued_on=dt.date(2028, 1, 1), valid_until=dt.date(2031, 1, 2))
    renewed.certificates.create(number="MOI-1", stars=4, level="province",
                                issued_on=dt.date(2030, 12, 1))
    with time_machine.travel(dt.datetime(2030, 12, 20, 7, tzinfo=HANOI), tick=False):
        run()
    assert [m.body.count("Chè lam") for m in mail.outbox] == [1]


def test_dry_run_sends_and_writes_nothing(certificate):
    with days_before(30):
        output = run("--dry-run")
    assert "Sẽ gửi" in output and "nhanvien-a@example.vn" in output
    assert not mail.outbox and not ExpiryNotice.objects.exists()


def test_the_dashboard_banner_warns_the_producer_and_counts_for_operators(people,
                                                                          certificate):
    make_product("Giò lụa", producer=people.producer_b, issued_on=dt.date(2028, 6, 1),
                 valid_until=VALID_UNTIL)
    with days_before(40):
        page_a = client_for(people.staff_a).get("/dashboard/").content.decode()
        page_b = client_for(people.staff_b).get("/dashboard/").content.decode()
        page_op = client_for(people.operator).get("/dashboard/").content.decode()
    assert 'id="certificate-banner"' in page_a and certificate.number in page_a
    assert "còn 40 ngày" in page_a and "Giò lụa" not in page_a
    assert certificate.number not in page_b
    assert "2 giấy chứng nhận hết hiệu lực trong 60 ngày" in page_op
    with days_before(70):
        assert 'id="certificate-banner"' not in client_for(people.staff_a).get(
            "/dashboard/").content.decode()
