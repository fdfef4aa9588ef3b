"""Who may open which certificate page, by GET and by POST, and that refusals change nothing."""
import pytest
from oscar.core.loading import get_model

from tests.certificates.conftest import pdf_upload, url
from tests.factories import make_product
from tests.people import client_for

CertificateSubmission = get_model("catalogue", "CertificateSubmission")
pytestmark = pytest.mark.django_db

READERS_OF_A = {"operator", "staff_a", "officer_x"}
EVERYONE = ("anonymous", "consumer", "staff_a", "staff_b", "officer_x", "officer_y",
            "operator")


@pytest.fixture
def records(people, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    product = make_product("Bánh gai Tứ Trụ", producer=people.producer_a)
    certificate = product.certificates.get()
    submission = CertificateSubmission.objects.create(
        product=product, number="99/QĐ-UBND", stars=4, issued_on=certificate.issued_on,
        document=pdf_upload(),
        submitted_by=people.staff_a,
    )
    return certificate, submission


def expected_get(who, readers):
    if who == "anonymous":
        return 302
    return 200 if who in readers else (404 if who in ("staff_b", "officer_y") else 403)


@pytest.mark.parametrize("who", EVERYONE)
def test_reading_a_certificate_of_producer_a(people, records, who):
    certificate, _ = records
    client = client_for(getattr(people, who))
    detail = client.get(url("detail", certificate.pk))
    assert detail.status_code == expected_get(who, READERS_OF_A)
    listing = client.get(url("list"))
    if who in READERS_OF_A | {"staff_b", "officer_y"}:
        shown = [c.pk for c in listing.context["certificates"]]
        assert (certificate.pk in shown) == (who in READERS_OF_A)
    else:
        assert listing.status_code in (302, 403)


@pytest.mark.parametrize("who", EVERYONE)
def test_reading_a_submission_of_producer_a(people, records, who):
    _, submission = records
    client = client_for(getattr(people, who))
    readers = {"operator", "staff_a"}
    # Officers have no business with submissions: refused before any lookup.
    expected = 403 if who.startswith("officer") else expected_get(who, readers)
    for name in ("submission-detail", "submission-file"):
        assert client.get(url(name, submission.pk)).status_code == expected


@pytest.mark.parametrize("who", [w for w in EVERYONE if w != "operator"])
def test_nobody_but_staff_changes_anything(people, records, who):
    certificate, submission = records
    client = client_for(getattr(people, who))
    posts = [
        (url("status", certificate.pk), {"action": "revoke", "reason": "Thử"}),
        (url("submission-reject", submission.pk), {"reason": "Thử"}),
        (url("submission-link", submission.pk), {}),
        (url("submission-record", submission.pk), {"number": "X-1", "stars": 4,
                                                   "level": "province",
                                                   "issued_on": "2025-09-01"}),
    ]
    for target, data in posts:
        assert client.post(target, data).status_code in (302, 403)
        assert client.get(target).status_code in (302, 403)
    certificate.refresh_from_db()
    submission.refresh_from_db()
    assert certificate.status == "active" and not certificate.status_changes.exists()
    assert submission.status == "pending"


def test_producer_b_cannot_see_or_decide_producer_as_submission_by_post(people, records):
    _, submission = records
    client = client_for(people.staff_b)
    assert client.get(url("submission-detail", submission.pk)).status_code == 404
    assert client.post(url("submission-detail", submission.pk)).status_code in (404, 405)
    assert submission.pk not in [
        s.pk for s in client.get(url("submission-list")).context["submissions"]]


@pytest.mark.parametrize("who", ["staff_a", "staff_b"])
def test_producers_may_submit_only_for_their_products(people, records, who):
    certificate, _ = records
    response = client_for(getattr(people, who)).post(url("submission-create"), {
        "product": certificate.product_id, "number": "100/QĐ-UBND", "stars": 4,
        "issued_on": certificate.issued_on.isoformat(), "document": pdf_upload(),
    })
    assert response.status_code == (302 if who == "staff_a" else 200)
    assert CertificateSubmission.objects.filter(number="100/QĐ-UBND").exists() == (
        who == "staff_a")


@pytest.mark.parametrize("who", ["anonymous", "consumer", "officer_x"])
def test_others_cannot_submit(people, records, who):
    certificate, _ = records
    client = client_for(getattr(people, who))
    assert client.get(url("submission-create")).status_code in (302, 403)
    response = client.post(url("submission-create"), {
        "product": certificate.product_id, "number": "101/QĐ-UBND", "stars": 4,
        "issued_on": certificate.issued_on.isoformat(), "document": pdf_upload(),
    })
    assert response.status_code in (302, 403)
    assert not CertificateSubmission.objects.filter(number="101/QĐ-UBND").exists()
