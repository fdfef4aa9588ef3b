"""Nothing unlisted is sold: a certificate lapsing mid-checkout stops the order."""
import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.urls import reverse

from tests.checkout import steps
from tests.factories import make_product

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
pytestmark = pytest.mark.django_db


def test_certificate_lapsing_before_the_order_is_placed_refuses_it(client):
    with time_machine.travel(dt.datetime(2026, 6, 30, 20, 0, tzinfo=HCM), tick=False):
        product = make_product(
            "Chè lam Phủ Quảng", issued_on=dt.date(2023, 6, 30), valid_until=dt.date(2026, 6, 30)
        )
        steps.add_to_basket(client, product)
        steps.start_as_guest(client)
        steps.enter_address(client)
        steps.choose_payment(client)
        assert client.get(reverse("checkout:preview")).status_code == 200

    # Midnight passes on the preview page; then the customer presses "place order".
    with time_machine.travel(dt.datetime(2026, 7, 1, 0, 5, tzinfo=HCM), tick=False):
        response = steps.place_order(client)
        assert response.status_code == 302
        assert response.url == reverse("basket:summary")
        page = client.get(response.url).content.decode()

    assert not steps.Order.objects.exists()
    assert "Không thể mua “Chè lam Phủ Quảng”" in page
    assert "OCOP" in page


def test_revoked_certificate_in_the_basket_stops_the_checkout(client):
    product = make_product("Mắm tôm Hậu Lộc")
    steps.add_to_basket(client, product)
    product.certificates.update(status="revoked")
    response = client.get(reverse("checkout:index"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("basket:summary")
    assert "Không thể mua “Mắm tôm Hậu Lộc”" in response.content.decode()
