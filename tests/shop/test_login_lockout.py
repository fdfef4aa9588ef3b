"""Login brute-force protection (django-axes) on every login form.

After AXES_FAILURE_LIMIT (5) wrong passwords for one account from one
address, that login is refused, even with the right password, with a
Vietnamese page and status 429 (not a 500). Other accounts and other
addresses are not affected.
"""
import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

PASSWORD = "dung-mat-khau-2026"
ADDRESS = "203.0.113.7"


@pytest.fixture
def staff():
    return get_user_model().objects.create_user(
        username="lan", email="lan@example.vn", password=PASSWORD,
        is_staff=True, is_superuser=True,
    )


def oscar_login(client, email, password, address=ADDRESS):
    return client.post(
        "/accounts/login/",
        {"login-username": email, "login-password": password, "login_submit": "1"},
        REMOTE_ADDR=address,
    )


def admin_login(url):
    def login(client, username, password, address=ADDRESS):
        return client.post(url, {"username": username, "password": password},
                           REMOTE_ADDR=address)
    return login


FORMS = {
    "oscar": (oscar_login, "lan@example.vn"),
    "django-admin": (admin_login("/django-admin/login/?next=/django-admin/"), "lan"),
    "wagtail-admin": (admin_login("/cms-admin/login/"), "lan"),
}


def assert_locked_out(response):
    assert response.status_code == 429
    page = response.content.decode()
    assert "tạm bị khóa" in page
    assert "30 phút" in page


@pytest.mark.parametrize("form", FORMS)
def test_five_wrong_passwords_lock_the_login(client, staff, settings, form):
    assert settings.AXES_FAILURE_LIMIT == 5
    login, name = FORMS[form]
    for _n in range(4):
        response = login(client, name, "sai-mat-khau")
        assert response.status_code == 200  # the form again, with its error
    assert_locked_out(login(client, name, "sai-mat-khau"))
    # Locked: even the right password is refused now.
    assert_locked_out(login(client, name, PASSWORD))
    assert "_auth_user_id" not in client.session
    # From another address the account owner can still sign in.
    response = login(client, name, PASSWORD, address="198.51.100.9")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(staff.pk)


def test_a_success_before_the_limit_starts_the_count_again(client, staff):
    for _n in range(4):
        assert oscar_login(client, "lan@example.vn", "sai").status_code == 200
    assert oscar_login(client, "lan@example.vn", PASSWORD).status_code == 302
    client.logout()
    for _n in range(4):
        assert oscar_login(client, "lan@example.vn", "sai").status_code == 200
    assert oscar_login(client, "lan@example.vn", PASSWORD).status_code == 302


def test_the_test_client_and_shell_still_authenticate_without_a_request(client, staff):
    # No request means no visitor to count (shop.lockout.LockoutBackend).
    assert client.login(username="lan", password=PASSWORD)
