"""No oversell: many buyers of the last unit end with exactly one order."""
import threading
from concurrent.futures import ThreadPoolExecutor

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
BUYERS = 200
#: Connections the buyers share; PostgreSQL's max_connections is 100 and other
#: sessions (this test's own, other test runs on the server) need some.
POOL = 40


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
    """200 guests press "place order" for the last unit; one order, no oversell.

    200 buyers cannot each hold a PostgreSQL connection (max_connections is
    100 on a default server), so they go through a pool of POOL threads,
    each closing its connection after each buyer. All buyers reach the
    preview page first; then a gate opens and the pool places their orders:
    POOL requests contend for the stock record's row lock at any moment and
    the rest follow at once, every one of them for the same unit.
    """
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks (run with DATABASE_URL=postgres://…)")
    product = make_product("Nem chua", stock=1)

    def in_thread(work):
        def run(*args):
            try:
                return work(*args)
            finally:
                connections.close_all()
        return run

    gate = threading.Event()

    def buy(client):
        gate.wait()
        return steps.place_order(client).status_code

    with ThreadPoolExecutor(max_workers=POOL) as pool:
        clients = list(pool.map(in_thread(at_preview), [product] * BUYERS, range(BUYERS)))
        answers = [pool.submit(in_thread(buy), client) for client in clients]
        gate.set()
        statuses = [answer.result(timeout=120) for answer in answers]

    assert len(statuses) == BUYERS and all(s < 500 for s in statuses), statuses
    assert steps.Order.objects.count() == 1
    record = StockRecord.objects.get(product=product)
    assert (record.num_in_stock, record.num_allocated) == (1, 1)
