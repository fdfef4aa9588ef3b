"""A guest buys with cash on delivery: basket → checkout → order placed."""
import pytest
from django.core import mail
from django.urls import reverse

from shop.order import statuses
from tests.checkout import steps
from tests.factories import make_producer, make_product

pytestmark = pytest.mark.django_db


def test_guest_places_a_cash_on_delivery_order(client):
    product = make_product("Nem chua Thanh Hóa", price=120000)
    order = steps.checkout_as_guest(client, [product])

    assert order.status == statuses.NEW
    assert order.sources.get().source_type.code == "cod"
    address = order.shipping_address
    assert (address.province_code, address.commune_code) == ("38", "14797")
    assert (address.line4, address.state) == ("Phường Hạc Thành", "Thanh Hóa")
    assert str(address.phone_number) == "+84912345678"
    assert order.lines.get().status == statuses.TO_SHIP
    # One producer, one parcel: 120.000 ₫ + 30.000 ₫ shipping.
    assert order.total_incl_tax == 150000

    page = client.get(reverse("checkout:thank-you")).content.decode()
    assert order.number in page
    assert "150.000\u00a0₫" in page
    assert len(mail.outbox) == 1


def test_three_producers_make_one_order_with_shipping_per_producer(client):
    products = [
        make_product(f"Sản phẩm {n}", producer=make_producer(f"HTX {n}"), price=100000)
        for n in range(3)
    ]
    for product in products:
        steps.add_to_basket(client, product)
    steps.start_as_guest(client)
    steps.enter_address(client)
    steps.choose_payment(client)

    preview = client.get(reverse("checkout:preview")).content.decode()
    for n in range(3):
        assert f"HTX {n}: 30.000\u00a0₫" in preview
    assert "390.000\u00a0₫" in preview

    steps.place_order(client)
    order = steps.Order.objects.get()
    assert order.shipping_incl_tax == 90000
    assert order.total_incl_tax == 390000
    assert {line.partner.name for line in order.lines.all()} == {"HTX 0", "HTX 1", "HTX 2"}


def test_two_items_of_one_producer_pay_one_shipping_charge(client):
    producer = make_producer("HTX Một")
    products = [make_product(producer=producer, price=price) for price in (50000, 70000)]
    order = steps.checkout_as_guest(client, products)
    assert order.shipping_incl_tax == 30000
    assert order.total_incl_tax == 150000


def test_signed_in_customer_checks_out_with_the_same_address_form(client, people):
    client.force_login(people.consumer)
    steps.add_to_basket(client, make_product("Mật ong bạc hà"))
    response = client.get(reverse("checkout:index"))
    assert response.status_code == 302
    assert response.url == reverse("checkout:shipping-address")
    form = client.get(reverse("checkout:shipping-address")).content.decode()
    assert 'name="province_code"' in form and 'name="commune"' in form

    assert steps.enter_address(client).status_code == 302
    steps.choose_payment(client)
    assert steps.place_order(client).url == reverse("checkout:thank-you")
    order = steps.Order.objects.get()
    assert order.user == people.consumer
    assert order.shipping_address.commune_code == "14797"
