"""Back office: producers create and revoke their API keys; nobody else's."""
import pytest
from django.urls import reverse

from api.models import ApiToken, hash_key
from tests.people import client_for

pytestmark = pytest.mark.django_db

LIST = "/dashboard/api/tokens/"
NEW = "/dashboard/api/tokens/new/"


def revoke_url(token):
    return reverse("dashboard:api-token-revoke", args=[token.pk])


def test_urls_are_where_the_readme_says():
    assert reverse("dashboard:api-token-list") == LIST
    assert reverse("dashboard:api-token-create") == NEW


def test_producer_creates_a_key_shown_once(people):
    client = client_for(people.staff_a)

    response = client.post(NEW, {"name": "Phần mềm kho", "producer": people.producer_a.pk})

    assert response.status_code == 200
    token = ApiToken.objects.get()
    key = response.context["key"]
    assert (token.producer, token.user, token.name) == \
        (people.producer_a, people.staff_a, "Phần mềm kho")
    assert token.key_hash == hash_key(key)
    assert key in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    listing = client.get(LIST).content.decode()
    assert token.shown in listing and key not in listing


def test_producer_cannot_create_a_key_for_another_producer(people):
    response = client_for(people.staff_a).post(
        NEW, {"name": "x", "producer": people.producer_b.pk})

    assert response.status_code == 200
    assert "chủ thể của mình" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_list_is_scoped_to_the_producer(people):
    ApiToken.issue(name="Khóa A", producer=people.producer_a, user=people.staff_a)
    ApiToken.issue(name="Khóa B", producer=people.producer_b, user=people.staff_b)

    page_a = client_for(people.staff_a).get(LIST).content.decode()
    page_operator = client_for(people.operator).get(LIST).content.decode()

    assert "Khóa A" in page_a and "Khóa B" not in page_a
    assert "Khóa A" in page_operator and "Khóa B" in page_operator


def test_producer_revokes_its_own_key(people):
    token, _key = ApiToken.issue(name="k", producer=people.producer_a, user=people.staff_a)
    client = client_for(people.staff_a)

    assert client.get(revoke_url(token)).status_code == 200
    response = client.post(revoke_url(token))

    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None and token.revoked_by == people.staff_a


def test_another_producers_key_is_404_by_get_and_post(people):
    token, _key = ApiToken.issue(name="k", producer=people.producer_a, user=people.staff_a)
    client = client_for(people.staff_b)

    assert client.get(revoke_url(token)).status_code == 404
    assert client.post(revoke_url(token)).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_operator_revokes_any_key(people):
    token, _key = ApiToken.issue(name="k", producer=people.producer_b, user=people.staff_b)

    client_for(people.operator).post(revoke_url(token))

    token.refresh_from_db()
    assert token.revoked_by == people.operator


@pytest.mark.parametrize("who", ["consumer", "officer_x"])
def test_others_are_refused(people, who):
    token, _key = ApiToken.issue(name="k", producer=people.producer_a, user=people.staff_a)
    client = client_for(getattr(people, who))

    assert client.get(LIST).status_code == 403
    assert client.post(NEW, {"name": "x", "producer": people.producer_a.pk}).status_code == 403
    assert client.post(revoke_url(token)).status_code == 403
    token.refresh_from_db()
    assert token.revoked_at is None and ApiToken.objects.count() == 1


def test_anonymous_is_sent_to_login(people):
    token, _key = ApiToken.issue(name="k", producer=people.producer_a, user=people.staff_a)
    client = client_for(None)

    assert client.get(LIST).status_code == 302
    assert client.post(revoke_url(token)).status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is None


def test_menu_entry_for_producers(people):
    page = client_for(people.staff_a).get("/dashboard/").content.decode()

    assert LIST in page
