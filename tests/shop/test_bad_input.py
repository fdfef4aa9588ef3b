"""Odd input gets a clear answer, never a 500, and changes nothing."""
import pytest
from django.contrib.auth import get_user_model
from oscar.core.loading import get_model

from tests.factories import make_product

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/search/?q=%00", "/producers/?province=%00", "/catalogue/?page=%00"]
)
def test_nul_bytes_in_the_query_are_refused(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "không hợp lệ" in response.content.decode()


def test_deleting_a_certified_product_in_the_dashboard_explains_itself(client):
    product = make_product("Nước mắm Ba Làng")
    staff = get_user_model().objects.create_user(
        "op", "op@example.com", "pw", is_staff=True, is_superuser=True
    )
    client.force_login(staff)
    response = client.post(
        f"/dashboard/catalogue/products/{product.pk}/delete/",
        HTTP_REFERER=f"http://testserver/dashboard/catalogue/products/{product.pk}/",
        follow=True,
    )
    assert response.status_code == 200
    assert "Không thể xóa" in response.content.decode()
    assert Product.objects.filter(pk=product.pk).exists()


def test_search_page_past_the_end_keeps_the_query(client):
    make_product("Nem chua Thanh Hóa")
    response = client.get("/search/", {"q": "nem", "page": 9})
    assert response.status_code == 302
    assert response.url == "/search/?q=nem"
