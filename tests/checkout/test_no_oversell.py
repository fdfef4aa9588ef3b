"""No oversell: many buyers of the last unit end with exactly one order."""
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_class, get_model

from tests.checkout import steps
from tests.factories import make_product

StockRecord = get_model("partner", "StockRecord")
OrderCreator = get_class("order.utils", "OrderCreator")
UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Repository = get_class("shipping.repository", "Repository")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
BUYERS = 8


def at_preview(product, n):
    """A guest's client, stopped on the preview page with ``product`` in the basket."""
    client = Client()
    steps.add_to_basket(client, product)
    steps.start_as_guest(client, f"khach{n}@example.vn")
    steps.enter_address(client)
    steps.choose_payment(client)
    return client


@pytest.mark.django_db
def test_an_allocation_that_no_longer_fits_rolls_the_order_back(client):
    product = make_product("Miến dong", stock=1)
    buyer = at_preview(product, 0)
    basket = buyer.get(reverse("checkout:preview")).context["basket"]
    # Someone else took the last unit between the checks and the allocation.
    StockRecord.objects.filter(product=product).update(num_allocated=1)
    method = Repository().get_default_shipping_method(basket)
    charge = method.calculate(basket)
    with pytest.raises(UnableToPlaceOrder, match="vừa hết hàng"):
        OrderCreator().place_order(
            basket=basket,
            total=OrderTotalCalculator().calculate(basket, charge),
            shipping_method=method,
            shipping_charge=charge,
            order_number="999001",
        )
    assert not steps.Order.objects.exists()
    assert StockRecord.objects.get(product=product).num_allocated == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_concurrent_buyers_of_the_last_unit_make_one_order():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks (run with DATABASE_URL=postgres://…)")
    product = make_product("Nem chua", stock=1)
    clients = [at_preview(product, n) for n in range(BUYERS)]
    start = threading.Barrier(BUYERS)
    answers = []

    def buy(client):
        try:
            start.wait()
            answers.append(steps.place_order(client).status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=buy, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(answers) == BUYERS
    assert steps.Order.objects.count() == 1
    record = StockRecord.objects.get(product=product)
    assert (record.num_in_stock, record.num_allocated) == (1, 1)
