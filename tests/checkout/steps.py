"""What a shopper does, page by page: basket → checkout → order placed.

Every step goes through the real URLs with the Django test client and
asserts the page answered as a shopper would see it.
"""
from django.urls import reverse
from oscar.core.loading import get_model

Order = get_model("order", "Order")

#: A Thanh Hóa address: commune "Phường Hạc Thành" (code 14797) of province 38.
ADDRESS = {
    "first_name": "Nguyễn Thị Lan",
    "phone_number": "0912 345 678",
    "line1": "12 Lê Lợi",
    "province_code": "38",
    "commune": "Phường Hạc Thành",
    "notes": "Gọi trước khi giao",
}


def add_to_basket(client, product, quantity=1):
    response = client.post(
        reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": quantity}
    )
    assert response.status_code == 302
    return response


def start_as_guest(client, email="khach@example.vn"):
    response = client.post(
        reverse("checkout:index"), {"username": email, "options": "anonymous"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert response.url == reverse("checkout:shipping-address")


def enter_address(client, **changes):
    """Posts the address form; answers the response (302 when accepted)."""
    return client.post(reverse("checkout:shipping-address"), {**ADDRESS, **changes})


def choose_payment(client, method="cod"):
    response = client.get(reverse("checkout:shipping-method"))
    assert response.status_code == 302
    assert response.url == reverse("checkout:payment-method")
    return client.post(reverse("checkout:payment-method"), {"method": method})


def place_order(client):
    return client.post(reverse("checkout:preview"), {"action": "place_order"})


def checkout_as_guest(client, products, method="cod", email="khach@example.vn"):
    """Buys ``products`` as a guest; answers the placed order."""
    for product in products:
        add_to_basket(client, product)
    start_as_guest(client, email)
    assert enter_address(client).status_code == 302
    assert choose_payment(client, method).url == reverse("checkout:preview")
    response = place_order(client)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert response.url == reverse("checkout:thank-you")
    return Order.objects.get(guest_email=email)


def mail_to(address):
    """The one e-mail sent to ``address``."""
    from django.core import mail

    sent = [m for m in mail.outbox if address in m.to]
    assert len(sent) == 1, [m.subject for m in mail.outbox]
    return sent[0]
