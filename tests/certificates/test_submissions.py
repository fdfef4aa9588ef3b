"""Producers submit their certificate; operators check it against the published list."""
import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from oscar.core.loading import get_model

from tests.certificates.conftest import pdf_upload, png_upload, url
from tests.factories import make_product
from tests.people import client_for

CertificateSubmission = get_model("catalogue", "CertificateSubmission")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
pytestmark = pytest.mark.django_db


def claim(product, upload=None, number="88/QĐ-UBND", **extra):
    return {
        "product": product.pk,
        "number": number,
        "stars": 4,
        "issued_on": (timezone.localdate() - dt.timedelta(days=10)).isoformat(),
        "document": upload or pdf_upload(),
        **extra,
    }


@pytest.fixture
def uncertified(people):
    """A product of producer A with no certificate yet (not listed)."""
    return make_product("Chè lam Phủ Quảng", producer=people.producer_a, certificate=False)


def submit(people, product, **kwargs):
    response = client_for(people.staff_a).post(url("submission-create"), claim(product, **kwargs))
    assert response.status_code == 302, response.context["form"].errors
    return CertificateSubmission.objects.get(product=product)


def test_producer_submits_a_pdf_and_sees_it_pending(people, uncertified, media):
    submission = submit(people, uncertified)

    assert submission.status == "pending"
    assert submission.submitted_by == people.staff_a
    assert submission.document.name.endswith(".pdf")
    page = client_for(people.staff_a).get(url("submission-list"))
    assert "88/QĐ-UBND" in page.content.decode()
    scan = client_for(people.staff_a).get(url("submission-file", submission.pk))
    assert b"".join(scan.streaming_content).startswith(b"%PDF-")


def test_image_is_reencoded_without_its_original_bytes(people, uncertified, media):
    submission = submit(people, uncertified, upload=png_upload())
    assert submission.document.name.endswith(".jpg")
    assert submission.document.read(3) == b"\xff\xd8\xff"


@pytest.mark.parametrize("upload", [
    pdf_upload("gia.pdf", b"%PDF-1.4 truncated"),
    pdf_upload("script.pdf", b"<script>alert(1)</script>"),
    SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\n broken", "image/png"),
], ids=["truncated-pdf", "not-a-pdf", "broken-png"])
def test_bad_file_is_refused_with_a_message_and_nothing_saved(people, uncertified, media,
                                                              upload):
    response = client_for(people.staff_a).post(
        url("submission-create"), claim(uncertified, upload=upload)
    )
    assert response.status_code == 200
    assert "PDF, ảnh JPEG hoặc PNG hợp lệ" in str(response.context["form"].errors["document"])
    assert not CertificateSubmission.objects.exists()
    assert not any(media.rglob("*.*"))


def test_producer_cannot_submit_for_another_producers_product(people, media):
    other = make_product("Giò lụa", producer=people.producer_b, certificate=False)
    response = client_for(people.staff_a).post(url("submission-create"), claim(other))
    assert response.status_code == 200
    assert "product" in response.context["form"].errors
    assert not CertificateSubmission.objects.exists()
    form = client_for(people.staff_a).get(url("submission-create")).context["form"]
    assert other not in form.fields["product"].queryset


def test_future_or_expired_issue_dates_are_refused(people, uncertified, media):
    client = client_for(people.staff_a)
    future = claim(uncertified, issued_on=(timezone.localdate() + dt.timedelta(days=3)))
    old = claim(uncertified, issued_on=dt.date(2019, 1, 1))
    for data in (future, old):
        assert "issued_on" in client.post(url("submission-create"), data).context["form"].errors
    assert not CertificateSubmission.objects.exists()


def test_operator_records_a_new_certificate_and_the_product_is_listed(people, uncertified,
                                                                      media):
    submission = submit(people, uncertified)
    operator = client_for(people.operator)
    page = operator.get(url("submission-detail", submission.pk))
    assert page.context["match"] is None
    assert page.context["record_form"].initial["number"] == "88/QĐ-UBND"
    assert "Chè lam Phủ Quảng" not in client_for(None).get("/catalogue/").content.decode()

    response = operator.post(url("submission-record", submission.pk), {
        "number": "88/QĐ-UBND", "stars": 4, "score": "75", "level": "province",
        "issued_by": "UBND tỉnh Thanh Hóa",
        "issued_on": (timezone.localdate() - dt.timedelta(days=10)).isoformat(),
    })

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "recorded" and submission.decided_by == people.operator
    certificate = submission.certificate
    assert certificate.product == uncertified
    assert certificate.history.get().history_user == people.operator
    assert "Chè lam Phủ Quảng" in client_for(None).get("/catalogue/").content.decode()


def test_record_form_applies_the_certificate_rules(people, uncertified, media):
    submission = submit(people, uncertified)
    response = client_for(people.operator).post(url("submission-record", submission.pk), {
        "number": "88/QĐ-UBND", "stars": 5, "score": "72", "level": "district",
        "issued_on": "2025-09-01",
    })
    errors = response.context["record_form"].errors
    assert "QĐ 148" in str(errors["stars"]) and "cấp huyện" in str(errors["level"])
    assert not OCOPCertificate.objects.filter(number="88/QĐ-UBND").exists()
    submission.refresh_from_db()
    assert submission.status == "pending"


def test_operator_confirms_a_certificate_from_the_published_list(people, media):
    product = make_product("Mắm tép Hà Nam", producer=people.producer_a)
    published = product.certificates.get()
    submission = submit(people, product, number=published.number)

    page = client_for(people.operator).get(url("submission-detail", submission.pk))
    assert page.context["match"] == published and page.context["match_fits"]
    client_for(people.operator).post(url("submission-link", submission.pk))

    submission.refresh_from_db()
    assert submission.status == "recorded" and submission.certificate == published


def test_certificate_of_another_product_cannot_be_confirmed(people, uncertified, media):
    elsewhere = make_product("Rượu cần", producer=people.producer_b).certificates.get()
    submission = submit(people, uncertified, number=elsewhere.number)

    page = client_for(people.operator).get(url("submission-detail", submission.pk))
    assert page.context["match_fits"] is False
    assert "thuộc sản phẩm khác" in page.content.decode()
    response = client_for(people.operator).post(url("submission-link", submission.pk),
                                                follow=True)

    assert "không phải" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "pending" and submission.certificate is None


def test_rejection_needs_a_reason_and_the_producer_reads_it(people, uncertified, media):
    submission = submit(people, uncertified)
    operator = client_for(people.operator)
    operator.post(url("submission-reject", submission.pk), {"reason": "  "})
    submission.refresh_from_db()
    assert submission.status == "pending"

    operator.post(url("submission-reject", submission.pk),
                  {"reason": "Ảnh mờ, không đọc được số quyết định"})

    submission.refresh_from_db()
    assert submission.status == "rejected" and submission.decided_by == people.operator
    page = client_for(people.staff_a).get(url("submission-detail", submission.pk))
    assert "Ảnh mờ, không đọc được số quyết định" in page.content.decode()
