"""A producer who ships several lines at once sends the customer one e-mail.

The dashboard's "move the selected lines" action makes one e-mail per
producer for the lines it moved, in the language of the order; lines of
two producers moved together by an operator make one e-mail each.
"""
import pytest
from django.core import mail

from shop.order import statuses
from tests.checkout import steps
from tests.checkout.test_producer_fulfilment import detail_url
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db


def move_all(user, order, lines, status):
    data = {"line_action": "change_line_statuses", "new_status": status,
            "selected_line": [line.pk for line in lines]}
    data.update({f"selected_line_qty_{line.pk}": line.quantity for line in lines})
    return client_for(user).post(detail_url(order), data)


@pytest.fixture
def three_lines(client, people):
    return steps.checkout_as_guest(client, [
        make_product("Nem chua Thanh Hóa", producer=people.producer_a),
        make_product("Chè lam Phủ Quảng", producer=people.producer_a),
        make_product("Bánh cốm Hà Nội", producer=people.producer_b),
    ])


def test_one_email_for_a_producers_lines_shipped_together(people, three_lines):
    lines_a = list(three_lines.lines.filter(partner=people.producer_a))
    mail.outbox.clear()
    assert move_all(people.staff_a, three_lines, lines_a, statuses.SHIPPED).status_code == 302
    message = steps.mail_to("khach@example.vn")
    assert message.subject == f"Đơn hàng {three_lines.number}: hàng đã được gửi"
    assert ("HTX Nông sản A đã gửi hàng: Nem chua Thanh Hóa × 1, Chè lam Phủ Quảng × 1"
            in message.body)
    assert "Bánh cốm" not in message.body


def test_an_operator_moving_two_producers_lines_sends_one_email_each(people, three_lines):
    mail.outbox.clear()
    move_all(people.operator, three_lines, list(three_lines.lines.all()), statuses.SHIPPED)
    bodies = sorted(m.body for m in mail.outbox)
    assert len(bodies) == 2
    assert "HTX Nông sản A đã gửi hàng: Nem chua Thanh Hóa × 1, Chè lam Phủ Quảng × 1" in bodies[0]
    assert "HTX Nông sản B đã gửi hàng: Bánh cốm Hà Nội × 1" in bodies[1]


def test_the_grouped_email_speaks_the_orders_language(client, people):
    order = steps.checkout_as_guest(client, [
        make_product("Nem chua", producer=people.producer_a),
        make_product("Chè lam", producer=people.producer_a),
    ])
    # Placed in English (how the language is chosen is tests/shop/test_language.py's).
    order.language = "en"
    order.save()
    mail.outbox.clear()
    move_all(people.staff_a, order, list(order.lines.all()), statuses.SHIPPED)
    message = steps.mail_to("khach@example.vn")
    assert message.subject.startswith(f"Order {order.number}")
    assert "Nem chua × 1, Chè lam × 1" in message.body
