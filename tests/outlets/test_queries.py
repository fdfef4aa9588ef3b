"""``outlets_carrying``: what the trace and product pages will ask."""
import pytest

from outlets.assortment import add_product
from outlets.models import Outlet
from outlets.queries import outlets_carrying
from tests.factories import make_product
from tests.outlets.builders import DANANG_AIRPORT, HANOI_STATION, HUE_STATION, NEAR_HUE, make_outlet

pytestmark = pytest.mark.django_db


@pytest.fixture
def product():
    return make_product("Mè xửng Huế")


def carry_everywhere(product):
    outlets = [make_outlet(place) for place in (HANOI_STATION, HUE_STATION, DANANG_AIRPORT)]
    for outlet in outlets:
        add_product(outlet, product)
    return outlets


def test_active_outlets_carrying_the_product(product):
    hanoi, hue, danang = carry_everywhere(product)
    make_outlet(name="Không bày bán")
    danang.change_status(Outlet.Status.SUSPENDED, reason="Sửa chữa")
    assert list(outlets_carrying(product)) == [hanoi, hue]


def test_near_orders_by_distance(product):
    hanoi, hue, danang = carry_everywhere(product)
    found = list(outlets_carrying(product, near=NEAR_HUE))
    assert found == [hue, danang, hanoi]
    assert found[0].distance_km < 3


def test_unlisted_product_is_carried_nowhere(product):
    carry_everywhere(product)
    product.certificates.get().change_status("revoked", "Vi phạm")
    assert list(outlets_carrying(product)) == []
