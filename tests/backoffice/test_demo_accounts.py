"""The demo gives a newcomer one account per role to log in with."""
import pytest
from django.test import Client

from backoffice.demo_data import DEFAULT_PASSWORD, DOMAIN

pytestmark = pytest.mark.django_db


def login(email):
    client = Client()
    response = client.post(
        "/dashboard/login/", {"username": email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302, response.content[:500]
    return client


@pytest.mark.parametrize("account", ["vanhanh", "chuthe", "socongthuong"])
def test_back_office_demo_accounts_open_the_dashboard(demo, account):
    assert f"{account}@{DOMAIN}" in demo
    assert login(f"{account}@{DOMAIN}").get("/dashboard/").status_code == 200


def test_the_demo_editor_opens_wagtail_only(demo):
    client = login(f"bientap@{DOMAIN}")
    assert client.get("/cms-admin/").status_code == 200
    assert client.get("/dashboard/").status_code == 403
