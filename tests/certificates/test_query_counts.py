"""Certificate pages cost the same number of queries at any size."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests.certificates.conftest import pdf_upload, url
from tests.factories import make_product
from tests.people import client_for

CertificateSubmission = get_model("catalogue", "CertificateSubmission")
pytestmark = pytest.mark.django_db


def grow(people, count):
    for _ in range(count):
        product = make_product(producer=people.producer_a)
        certificate = product.certificates.get()
        certificate.change_status("suspended", "Kiểm tra", by=people.operator)
        CertificateSubmission.objects.create(
            product=product, number=f"S-{product.pk}", stars=4,
            issued_on=certificate.issued_on, document=pdf_upload(),
            submitted_by=people.staff_a,
        )
    return certificate


def queries(client, target):
    client.get(target)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(target).status_code == 200
    return len(captured)


@pytest.mark.parametrize("who", ["operator", "staff_a", "officer_x"])
def test_lists_and_pages_do_not_grow(people, settings, tmp_path, who):
    settings.MEDIA_ROOT = tmp_path
    client = client_for(getattr(people, who))
    targets = lambda certificate: [url("list"), url("detail", certificate.pk),  # noqa: E731
                                   "/dashboard/"] + (
        [] if who == "officer_x" else [url("submission-list")])
    certificate = grow(people, 2)
    for _ in range(4):
        certificate.change_status("active", "Khôi phục", by=people.operator)
    small = [queries(client, t) for t in targets(certificate)]
    certificate = grow(people, 10)
    for _ in range(4):
        certificate.change_status("active", "Khôi phục", by=people.operator)
    large = [queries(client, t) for t in targets(certificate)]
    assert large == small
