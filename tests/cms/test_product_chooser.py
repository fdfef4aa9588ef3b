"""The product chooser editors use in the Wagtail admin."""
import pytest
from django.contrib.auth import get_user_model

from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db
CHOOSER = "/cms-admin/ocop-products/"


@pytest.fixture
def editor_client():
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "x")
    return client_for(user)


def test_chooser_offers_listed_products_and_searches_by_title(editor_client):
    make_product("Mật ong bạc hà")
    make_product("Mắm tôm hết hạn", status="suspended")
    make_product("Chè Thái Nguyên")

    html = editor_client.get(CHOOSER).json()["html"]
    assert "Mật ong bạc hà" in html and "Chè Thái Nguyên" in html
    assert "Mắm tôm hết hạn" not in html

    html = editor_client.get(CHOOSER + "results/", {"q": "mật ong"}).content.decode()
    assert "Mật ong bạc hà" in html
    assert "Chè Thái Nguyên" not in html


def test_chooser_is_for_editors_only(people):
    response = client_for(people.consumer).get(CHOOSER)
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    "model, parent",
    [
        ("newsarticlepage", "news_index"),
        ("producerstorypage", "news_index"),
        ("eventpage", "event_index"),
        ("regionpage", "region_index"),
        ("collectionpage", "home"),
    ],
)
def test_editors_get_a_form_for_each_page_type(editor_client, model, parent):
    from tests.cms import builders

    parent_page = getattr(builders, parent)()
    response = editor_client.get(f"/cms-admin/pages/add/cms/{model}/{parent_page.pk}/")
    assert response.status_code == 200


def test_editor_saves_an_event_with_chosen_products_through_the_admin(editor_client):
    from cms.models import EventPage
    from tests.cms import builders

    product = make_product("Mật ong bạc hà")
    parent = builders.event_index()
    data = {
        "title": "Phiên livestream mật ong", "slug": "livestream-mat-ong",
        "kind": "livestream", "start": "2030-03-08 20:00", "end": "2030-03-08 21:30",
        "place": "", "stream_url": "https://www.facebook.com/ocop/live",
        "intro": "", "body-count": "0",
        "products-count": "1", "products-0-type": "product", "products-0-deleted": "",
        "products-0-order": "0", "products-0-value": str(product.pk), "products-0-id": "",
        "action-publish": "publish",
    }
    response = editor_client.post(f"/cms-admin/pages/add/cms/eventpage/{parent.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get(slug="livestream-mat-ong")
    assert page.live
    assert [p.pk for p in page.listed_products()] == [product.pk]
    assert page.start.hour == 13  # 20:00 in Vietnam is 13:00 UTC
