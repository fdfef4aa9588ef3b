"""Operators change a certificate's status in the admin; nothing is deleted."""
import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from tests.factories import make_product

OCOPCertificate = get_model("catalogue", "OCOPCertificate")
pytestmark = pytest.mark.django_db
CHANGELIST = "/django-admin/catalogue/ocopcertificate/"


@pytest.fixture
def operator_client(client):
    user = get_user_model().objects.create_superuser("op", "op@example.com", "pw")
    client.force_login(user)
    return client


def test_revoke_action_records_history_and_delists(operator_client):
    product = make_product("Mận hậu Mộc Châu")
    certificate = product.certificates.get()

    operator_client.post(
        CHANGELIST, {"action": "mark_revoked", "_selected_action": [certificate.pk]}
    )

    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.status_changes.get().status == "revoked"
    assert operator_client.get(product.get_absolute_url()).context["noindex"] is True


def test_certificates_cannot_be_deleted(operator_client):
    certificate = make_product().certificates.get()
    response = operator_client.post(f"{CHANGELIST}{certificate.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert OCOPCertificate.objects.filter(pk=certificate.pk).exists()
