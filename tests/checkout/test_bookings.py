"""Tourism services (group 6) are booked for a date and a party, not shipped.

Through the pages: the product page asks a date and a party size (Oscar
product options), the checkout of a basket of bookings asks no address and
charges no shipping but a name and phone, a mixed basket pays shipping for
the goods' producer only, and the producer confirms or declines its own
booking in the dashboard (the customer is e-mailed); another producer
cannot touch it.
"""
import datetime as dt
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from catalog import bookings
from shop.order import statuses
from tests.checkout import steps
from tests.factories import make_product
from tests.people import client_for

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
EMAIL = "khach-dulich@example.vn"


@pytest.fixture
def homestay(people):
    return make_product(
        "Homestay bản Hua Tạt",
        producer=people.producer_a,
        group="du-lich",
        price=Decimal("700000"),
        stock=20,
    )


def in_days(days):
    return timezone.localdate() + dt.timedelta(days=days)


def book(client, product, date=None, party=3, **extra):
    """Posts the product page's form; answers the response."""
    data = {"quantity": 1, bookings.PARTY_CODE: party, **extra}
    if date is not False:
        data[bookings.DATE_CODE] = (date or in_days(10)).isoformat()
    return client.post(
        reverse("basket:add", kwargs={"pk": product.pk}),
        data,
        HTTP_REFERER=product.get_absolute_url(),
    )


def basket_lines(client):
    return client.get(reverse("basket:summary")).context["basket"].all_lines()


def text(response):
    return re.sub(r"\s+", " ", response.content.decode()).replace("\xa0", " ")


def test_product_page_asks_date_and_party(client, homestay):
    page = text(client.get(homestay.get_absolute_url()))
    assert f'name="{bookings.DATE_CODE}"' in page and 'type="date"' in page
    assert f'name="{bookings.PARTY_CODE}"' in page
    assert "Ngày đến" in page and "Số người" in page
    # Goods are not booked.
    goods = make_product("Nem chua Thanh Hóa", producer=homestay.producer)
    assert bookings.DATE_CODE not in text(client.get(goods.get_absolute_url()))


def test_booking_goes_in_the_basket_with_date_and_party(client, homestay):
    date = in_days(30)
    assert book(client, homestay, date=date, party=3).status_code == 302

    [line] = basket_lines(client)
    values = {a.option.code: a.value for a in line.attributes.all()}
    assert values == {bookings.DATE_CODE: date.isoformat(), bookings.PARTY_CODE: 3}
    # Prices are per person: the party is the quantity.
    assert line.quantity == 3
    assert line.line_price_incl_tax == Decimal("2100000")
    page = text(client.get(reverse("basket:summary")))
    assert f"Ngày đến: {date:%d/%m/%Y}, Số người: 3" in page


@pytest.mark.parametrize(
    "date, party, message",
    [
        (-1, 2, "đã qua: hãy chọn từ hôm nay"),
        (366, 2, "Chỉ nhận đặt trước tối đa 365 ngày"),
        (10, 0, "Số người phải từ 1 đến 30."),
        (10, 31, "Số người phải từ 1 đến 30."),
        (10, "ba", "Số người phải là một số nguyên."),
        (None, 2, "Hãy chọn ngày đến."),
    ],
)
def test_bad_date_or_party_is_refused_and_kept(client, homestay, date, party, message):
    response = book(client, homestay, date=False if date is None else in_days(date), party=party)
    assert response.status_code == 302
    page = client.get(response.url)
    assert message in text(page)
    assert not basket_lines(client)
    # Nothing is lost: the form comes back with what was typed.
    assert f'value="{party}"' in text(page)


def test_today_is_bookable_and_the_limit_is_per_product(client, homestay):
    assert book(client, homestay, date=in_days(0), party=2).status_code == 302
    assert len(basket_lines(client)) == 1

    homestay.attr.max_party_size = 6
    homestay.save()
    response = book(client, homestay, party=7)
    assert "Số người phải từ 1 đến 6." in text(client.get(response.url))


def test_the_same_booking_twice_is_refused(client, homestay):
    book(client, homestay, party=2)
    response = book(client, homestay, party=2)
    assert "Giỏ hàng đã có lượt đặt này" in text(client.get(response.url))
    [line] = basket_lines(client)
    assert line.quantity == 2


def checkout_bookings_as_guest(client, contact=None):
    steps.start_as_guest(client, EMAIL)
    # The address step is skipped: the contact step takes its place.
    response = client.get(reverse("checkout:shipping-address"))
    assert response.status_code == 302 and response.url == reverse("checkout:contact")
    response = client.post(
        reverse("checkout:contact"),
        contact or {"first_name": "Trần Văn Nam", "phone_number": "0987 654 321"},
    )
    assert response.status_code == 302, text(response)[:2000]
    assert steps.choose_payment(client).url == reverse("checkout:preview")
    preview = text(client.get(reverse("checkout:preview")))
    assert "+84987654321" in preview and "Trần Văn Nam" in preview
    response = steps.place_order(client)
    assert response.url == reverse("checkout:thank-you")
    return Order.objects.get(guest_email=EMAIL)


def test_bookings_only_checkout_asks_no_address_and_charges_no_shipping(client, homestay):
    date = in_days(20)
    book(client, homestay, date=date, party=2)
    order = checkout_bookings_as_guest(client)

    assert order.shipping_address is None
    assert order.shipping_incl_tax == 0
    assert order.total_incl_tax == Decimal("1400000")
    assert str(order.billing_address.phone_number) == "+84987654321"
    [line] = order.lines.all()
    assert line.status == statuses.AWAITING_CONFIRMATION
    assert {a.type: a.value for a in line.attributes.all()} == {
        bookings.DATE_CODE: date.isoformat(),
        bookings.PARTY_CODE: 2,
    }
    thanks = text(client.get(reverse("checkout:thank-you")))
    assert f"Ngày đến: {date:%d/%m/%Y}, Số người: 2" in thanks
    assert "+84987654321" in thanks


def test_contact_step_requires_a_vietnamese_phone(client, homestay):
    book(client, homestay)
    steps.start_as_guest(client, EMAIL)
    response = client.post(
        reverse("checkout:contact"), {"first_name": "Trần Văn Nam", "phone_number": "12345"}
    )
    assert response.status_code == 200
    assert "Số điện thoại 12345 không hợp lệ" in text(response)
    response = client.post(reverse("checkout:contact"), {"first_name": "Trần Văn Nam"})
    assert "Hãy nhập số điện thoại." in text(response)
    # Jumping ahead without a phone leads back to the contact step.
    response = client.get(reverse("checkout:payment-method"))
    assert response.status_code == 302 and response.url == reverse("checkout:contact")


def test_mixed_basket_asks_the_address_and_ships_goods_only(client, people, homestay):
    nem = make_product("Nem chua Thanh Hóa", producer=people.producer_b)
    book(client, homestay, party=2)
    steps.add_to_basket(client, nem)
    steps.start_as_guest(client, EMAIL)
    assert client.get(reverse("checkout:contact")).url == reverse("checkout:shipping-address")
    assert steps.enter_address(client).status_code == 302
    steps.choose_payment(client)
    preview = text(client.get(reverse("checkout:preview")))
    assert "HTX Nông sản B: 30.000 ₫" in preview and "HTX Nông sản A:" not in preview
    steps.place_order(client)

    order = Order.objects.get(guest_email=EMAIL)
    assert order.shipping_incl_tax == 30000  # producer B's parcel only
    assert order.total_incl_tax == 2 * 700000 + 120000 + 30000
    assert order.lines.get(partner=people.producer_a).status == statuses.AWAITING_CONFIRMATION
    assert order.lines.get(partner=people.producer_b).status == statuses.TO_SHIP


def move(user, order, line, status):
    return client_for(user).post(
        reverse("dashboard:order-detail", kwargs={"number": order.number}),
        {
            "line_action": "change_line_statuses",
            "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": line.quantity,
            "new_status": status,
        },
    )


@pytest.fixture
def booked(client, people, homestay):
    """An order holding the homestay booking (A) and goods of producer B."""
    book(client, homestay, date=in_days(15), party=4)
    steps.add_to_basket(client, make_product("Bánh cốm", producer=people.producer_b))
    steps.start_as_guest(client, EMAIL)
    steps.enter_address(client)
    steps.choose_payment(client)
    steps.place_order(client)
    mail.outbox.clear()
    order = Order.objects.get(guest_email=EMAIL)
    return order, order.lines.get(partner=people.producer_a)


def test_producer_sees_the_booking_and_confirms_it(people, booked):
    order, line = booked
    url = reverse("dashboard:order-detail", kwargs={"number": order.number})
    page = text(client_for(people.staff_a).get(url))
    assert "Số người: 4" in page and f"{in_days(15):%d/%m/%Y}" in page
    assert statuses.AWAITING_CONFIRMATION in page

    assert move(people.staff_a, order, line, statuses.CONFIRMED).status_code == 302
    line.refresh_from_db()
    assert line.status == statuses.CONFIRMED
    message = steps.mail_to(EMAIL)
    assert "xác nhận" in message.subject
    assert "HTX Nông sản A đã xác nhận lượt đặt của bạn" in message.body
    assert f"Ngày đến: {in_days(15):%d/%m/%Y}, Số người: 4" in message.body


def test_producer_declines_the_booking(people, booked):
    order, line = booked
    move(people.staff_a, order, line, statuses.DECLINED)
    line.refresh_from_db()
    assert line.status == statuses.DECLINED
    message = steps.mail_to(EMAIL)
    assert "từ chối" in message.subject
    # A declined booking cannot be confirmed afterwards.
    move(people.staff_a, order, line, statuses.CONFIRMED)
    line.refresh_from_db()
    assert line.status == statuses.DECLINED


def test_another_producer_cannot_confirm_the_booking(people, booked):
    order, line = booked
    move(people.staff_b, order, line, statuses.CONFIRMED)
    line.refresh_from_db()
    assert line.status == statuses.AWAITING_CONFIRMATION
    assert mail.outbox == []
    line_url = reverse(
        "dashboard:order-line-detail", kwargs={"number": order.number, "line_id": line.pk}
    )
    assert client_for(people.staff_b).get(line_url).status_code == 404


def test_goods_lines_cannot_take_booking_statuses(people, booked):
    order, _line = booked
    goods = order.lines.get(partner=people.producer_b)
    move(people.staff_b, order, goods, statuses.CONFIRMED)
    goods.refresh_from_db()
    assert goods.status == statuses.TO_SHIP
