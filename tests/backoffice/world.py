"""One of every private back-office record, for producers A and B and provinces X and Y.

The permission matrix (``test_permission_matrix``) fills every back-office
URL with A's (or X's) records and checks who may open it; B's (and Y's)
twins exist so that a page that leaks across producers or provinces has
something to leak. The records come from the section tests' own builders;
this module only puts them together.

A's private records are named with ``MARKER_A`` ("Alpha"), B's with
``MARKER_B``, so a page can be searched for the other producer's data.
"""
import datetime as dt
from types import SimpleNamespace

import pytest
from oscar.core.loading import get_class, get_model

from backoffice.models import Invitation
from moderation.submissions import propose_change
from outlets.assortment import add_product
from outlets.models import Inspection
from shop.order.country import vietnam
from tests.certificates.conftest import pdf_upload
from tests.outlets.builders import HANOI_STATION, THANHHOA_STATION, make_outlet
from tests.traceability.builders import producer_records as trace_records

CertificateSubmission = get_model("catalogue", "CertificateSubmission")
ApiToken = get_model("api", "ApiToken")
Basket = get_model("basket", "Basket")
ShippingAddress = get_model("order", "ShippingAddress")
Selector = get_class("partner.strategy", "Selector")

MARKER_A, MARKER_B = "Alpha", "Beta"


def producer_records(producer, staff, operator, marker):
    """Everything a producer keeps in the back office, named with ``marker``.

    A listed product with its certificate, a zone, a batch (two events, two
    serials) and a consumer report (``tests.traceability``), plus a pending
    change waiting for moderation, a certificate submission waiting for a
    check, an open invitation to one more of its staff and an API key.
    """
    records = trace_records(producer, marker)
    product = records.product
    records.certificate = product.certificates.get()
    records.review = propose_change(product, staff, title=f"Chè {marker} mới")
    records.submission = CertificateSubmission.objects.create(
        product=product, number=f"{marker}-99/QĐ-UBND", stars=4,
        issued_on=records.certificate.issued_on, document=pdf_upload(), submitted_by=staff,
    )
    records.invitation = Invitation(
        email=f"moi-{marker.lower()}@example.vn", producer=producer, invited_by=operator
    )
    records.token = records.invitation.issue_token()
    records.invitation.save()
    records.api_token, _key = ApiToken.issue(name=f"Khóa {marker}", producer=producer,
                                             user=staff)
    return records


def province_records(place, product, inspector):
    """An outlet of a province carrying ``product``, inspected once."""
    outlet = make_outlet(place)
    return SimpleNamespace(
        outlet=outlet,
        row=add_product(outlet, product),
        inspection=Inspection.objects.create(
            outlet=outlet, date=dt.date(2026, 1, 5), inspector=inspector, result="pass"
        ),
    )


def shared_order(*products):
    """One order holding a line of each product (one basket, several producers),
    to a Thanh Hóa address."""
    from oscar.test.factories import create_order

    basket = Basket.objects.create()
    basket.strategy = Selector().strategy()
    for product in products:
        basket.add_product(product)
    address = ShippingAddress.objects.create(
        first_name="Nguyễn Thị Lan", line1="12 Lê Lợi", country=vietnam(),
        province_code="38", commune_code="14797", phone_number="+84912345678",
    )
    return create_order(basket=basket, shipping_address=address)


def build_world(people):
    """``people`` plus ``a``/``b`` (producers' records), ``x``/``y`` (provinces'
    outlets) and ``order`` (one order with a line of A and a line of B)."""
    people.a = producer_records(people.producer_a, people.staff_a, people.operator, MARKER_A)
    people.b = producer_records(people.producer_b, people.staff_b, people.operator, MARKER_B)
    people.x = province_records(THANHHOA_STATION, people.a.product, "Thanh tra X")
    people.y = province_records(HANOI_STATION, people.b.product, "Thanh tra Y")
    people.order = shared_order(people.a.product, people.b.product)
    people.a.line = people.order.lines.get(partner=people.producer_a)
    people.b.line = people.order.lines.get(partner=people.producer_b)
    return people


@pytest.fixture
def world(people):
    return build_world(people)
