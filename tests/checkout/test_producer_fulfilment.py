"""Each producer sees and moves only its own lines of a shared order.

A basket from producers A and B makes one order; in Oscar's orders
dashboard A's staff see A's lines and may mark them shipped, delivered or
cancelled; B's staff can neither see nor change them, by GET or by POST.
"""
import pytest
from django.urls import reverse

from shop.order import statuses
from tests.checkout import steps
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_order(client, people):
    """One order: "Nem chua" from producer A, "Bánh cốm" from producer B."""
    return steps.checkout_as_guest(
        client,
        [
            make_product("Nem chua Thanh Hóa", producer=people.producer_a),
            make_product("Bánh cốm Hà Nội", producer=people.producer_b),
        ],
    )


def line_of(order, producer):
    return order.lines.get(partner=producer)


def detail_url(order):
    return reverse("dashboard:order-detail", kwargs={"number": order.number})


def move(user, order, line, status):
    return client_for(user).post(
        detail_url(order),
        {
            "line_action": "change_line_statuses",
            "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": line.quantity,
            "new_status": status,
        },
    )


def test_each_producer_sees_only_its_own_lines(people, shared_order):
    page_a = client_for(people.staff_a).get(detail_url(shared_order)).content.decode()
    page_b = client_for(people.staff_b).get(detail_url(shared_order)).content.decode()
    assert "Nem chua Thanh Hóa" in page_a and "Bánh cốm Hà Nội" not in page_a
    assert "Bánh cốm Hà Nội" in page_b and "Nem chua Thanh Hóa" not in page_b

    # A's staff see what they ship and where, not what B sold.
    assert "Phường Hạc Thành" in page_a and "+84912345678" in page_a
    assert "120.000\u00a0₫" in page_a and "270.000\u00a0₫" not in page_a

    operator_page = client_for(people.operator).get(detail_url(shared_order)).content.decode()
    assert "Nem chua Thanh Hóa" in operator_page and "Bánh cốm Hà Nội" in operator_page
    assert "300.000\u00a0₫" in operator_page  # 2 × 120.000 ₫ + 2 × 30.000 ₫ shipping


def test_a_producer_cannot_open_another_producers_line(people, shared_order):
    line_a = line_of(shared_order, people.producer_a)
    url = reverse(
        "dashboard:order-line-detail", kwargs={"number": shared_order.number, "line_id": line_a.pk}
    )
    assert client_for(people.staff_b).get(url).status_code == 404
    assert client_for(people.staff_a).get(url).status_code == 200


def test_producer_moves_its_lines_shipped_then_delivered(people, shared_order):
    line_a = line_of(shared_order, people.producer_a)
    assert move(people.staff_a, shared_order, line_a, statuses.SHIPPED).status_code == 302
    line_a.refresh_from_db()
    assert line_a.status == statuses.SHIPPED
    move(people.staff_a, shared_order, line_a, statuses.DELIVERED)
    line_a.refresh_from_db()
    assert line_a.status == statuses.DELIVERED
    # B's line did not move.
    assert line_of(shared_order, people.producer_b).status == statuses.TO_SHIP


def test_a_producer_cannot_move_another_producers_line(people, shared_order):
    line_a = line_of(shared_order, people.producer_a)
    for status in (statuses.SHIPPED, statuses.LINE_CANCELLED):
        move(people.staff_b, shared_order, line_a, status)
    line_a.refresh_from_db()
    assert line_a.status == statuses.TO_SHIP
    assert not shared_order.notes.exists()


def test_an_order_of_another_producer_alone_is_not_found(client, people):
    order = steps.checkout_as_guest(
        client, [make_product("Nước mắm Ba Làng", producer=people.producer_a)]
    )
    line_a = line_of(order, people.producer_a)
    staff_b = client_for(people.staff_b)
    assert staff_b.get(detail_url(order)).status_code == 404
    assert move(people.staff_b, order, line_a, statuses.SHIPPED).status_code == 404
    line_a.refresh_from_db()
    assert line_a.status == statuses.TO_SHIP
    listing = staff_b.get(reverse("dashboard:order-list")).content.decode()
    assert order.number not in listing


def test_order_level_actions_stay_with_operators(people, shared_order):
    staff_a = client_for(people.staff_a)
    url = detail_url(shared_order)
    for data in (
        {"order_action": "change_order_status", "new_status": statuses.CANCELLED},
        {"order_action": "save_note", "message": "ghi chú"},
    ):
        assert staff_a.post(url, data).status_code == 403
    bulk = staff_a.post(
        reverse("dashboard:order-list"),
        {"action": "change_order_statuses", "selected_order": [shared_order.pk],
         "new_status": statuses.CANCELLED},
    )
    assert bulk.status_code == 403
    address_url = reverse(
        "dashboard:order-shipping-address", kwargs={"number": shared_order.number}
    )
    assert staff_a.get(address_url).status_code == 403
    shared_order.refresh_from_db()
    assert shared_order.status == statuses.NEW
    assert not shared_order.notes.exists()


def test_people_without_a_producer_see_no_orders(people, shared_order):
    assert client_for(people.consumer).get(detail_url(shared_order)).status_code in (302, 403)
    assert client_for(None).get(detail_url(shared_order)).status_code == 302
