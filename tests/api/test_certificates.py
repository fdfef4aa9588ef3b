"""/api/certificates/{number}: every certificate ever recorded, whatever its state."""
import datetime as dt
from urllib.parse import quote, unquote

import pytest
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


def certificate_of(**fields):
    return factories.make_product(**fields).certificates.get()


def states():
    today = timezone.localdate()
    return {
        "valid": {},
        "expiring": {"valid_until": today + dt.timedelta(days=10)},
        "expired": {"issued_on": today - dt.timedelta(days=1200),
                    "valid_until": today - dt.timedelta(days=1)},
        "suspended": {"status": "suspended"},
        "revoked": {"status": "revoked"},
    }


@pytest.mark.parametrize("state", ["valid", "expiring", "expired", "suspended", "revoked"])
def test_verification_answers_in_every_state(api, state):
    certificate = certificate_of(stars=4, **states()[state])
    assert "/" in certificate.number

    response = api.get(f"/api/certificates/{certificate.number}")

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["number"] == certificate.number
    assert body["state"] == state
    assert body["stars"] == 4
    assert body["level"] == "province"
    assert body["issued_on"] == certificate.issued_on.isoformat()
    assert body["valid_until"] == certificate.valid_until.isoformat()
    assert body["product"]["title"] == certificate.product.title
    assert body["producer"]["name"] == certificate.product.producer.name
    assert body["is_valid_today"] is (state in ("valid", "expiring"))
    assert body["state_label"]
    assert unquote(body["badge_url"]).endswith(f"/badge/{certificate.number}.svg")


def test_state_words_are_the_status_chip_words(api):
    revoked = certificate_of(status="revoked")
    expired = certificate_of(issued_on=timezone.localdate() - dt.timedelta(days=1200),
                             valid_until=timezone.localdate() - dt.timedelta(days=1))

    assert api.get(f"/api/certificates/{revoked.number}").json()["state_label"] == "Đã thu hồi"
    assert api.get(f"/api/certificates/{expired.number}").json()["state_label"] == "Đã hết hạn"


def test_a_lapse_shows_without_any_job(api):
    import time_machine

    certificate = certificate_of(valid_until=timezone.localdate())
    assert api.get(f"/api/certificates/{certificate.number}").json()["state"] == "expiring"
    tomorrow = dt.datetime.combine(timezone.localdate() + dt.timedelta(days=1), dt.time(8),
                                   tzinfo=timezone.get_current_timezone())
    with time_machine.travel(tomorrow):
        body = api.get(f"/api/certificates/{certificate.number}").json()
    assert body["state"] == "expired" and body["is_valid_today"] is False


def test_numbers_with_slashes_and_vietnamese_letters(api):
    product = factories.make_product(certificate=False)
    certificate = product.certificates.create(
        number="123/QĐ-UBND", stars=5, level="central", issued_by="Bộ Nông nghiệp",
        issued_on=timezone.localdate() - dt.timedelta(days=10))

    plain = api.get("/api/certificates/123/QĐ-UBND")
    encoded = api.get("/api/certificates/" + quote("123/QĐ-UBND", safe=""))

    assert plain.status_code == encoded.status_code == 200
    assert plain.json()["number"] == encoded.json()["number"] == certificate.number
    assert plain.json()["level"] == "central"


def test_unknown_number_is_404(api):
    certificate_of()

    response = api.get("/api/certificates/999/QĐ-UBND")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
