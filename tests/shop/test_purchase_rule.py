"""Nothing unlisted is sold: the basket and checkout ask Oscar's strategy."""
import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import make_product

Basket = get_model("basket", "Basket")
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
pytestmark = pytest.mark.django_db


def add_to_basket(client, product, quantity=1):
    return client.post(
        reverse("basket:add", kwargs={"pk": product.pk}),
        {"quantity": quantity},
        follow=True,
    )


def basket_lines(client):
    response = client.get(reverse("basket:summary"))
    return response.context["basket"].num_lines


def test_listed_product_with_price_and_stock_can_be_added(client):
    add_to_basket(client, make_product("Nước mắm Ba Làng"))
    assert basket_lines(client) == 1


@pytest.mark.parametrize("status", ["revoked", "suspended"])
def test_unlisted_product_cannot_be_added(client, status):
    response = add_to_basket(client, make_product("Bị thu hồi", status=status))
    assert basket_lines(client) == 0
    assert "OCOP" in response.content.decode()


def test_listed_product_without_price_cannot_be_added(client):
    add_to_basket(client, make_product("Chưa có giá", price=None))
    assert basket_lines(client) == 0


def test_certificate_lapsing_while_in_basket_is_refused_at_checkout(client):
    with time_machine.travel(dt.datetime(2026, 6, 30, 20, 0, tzinfo=HCM), tick=False):
        product = make_product("Chè lam Phủ Quảng", issued_on=dt.date(2023, 6, 30),
                               valid_until=dt.date(2026, 6, 30))
        add_to_basket(client, product)
        assert basket_lines(client) == 1
        response = client.get(reverse("checkout:index"))
        assert response.status_code == 200

    with time_machine.travel(dt.datetime(2026, 7, 1, 8, 0, tzinfo=HCM), tick=False):
        response = client.get(reverse("checkout:index"), follow=True)
        assert response.redirect_chain[-1][0] == reverse("basket:summary")
        text = response.content.decode()
        assert "Chè lam Phủ Quảng" in text
        assert "OCOP" in text
