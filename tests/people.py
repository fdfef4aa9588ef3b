"""The seven people of the permission matrix, shared by the back-office tests.

anonymous, a consumer, staff of producer A (province X) and of producer B
(province Y), an officer of X and one of Y, and an operator. Roles are given
the way the project gives them (``backoffice.roles``).
"""
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from backoffice import roles
from tests import factories

PROVINCE_X = "38"  # Thanh Hóa
PROVINCE_Y = "01"  # Hà Nội


def _user(username, **fields):
    return get_user_model().objects.create_user(
        username, email=f"{username}@example.vn", password="matkhau-thu-1", **fields
    )


def client_for(user):
    """A test client logged in as ``user`` (anonymous when ``None``)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def make_people():
    """The seven people (and producers A and B), made in the current database."""
    producer_a = factories.make_producer("HTX Nông sản A", province_code=PROVINCE_X)
    producer_b = factories.make_producer("HTX Nông sản B", province_code=PROVINCE_Y)
    return SimpleNamespace(
        producer_a=producer_a,
        producer_b=producer_b,
        anonymous=None,
        consumer=_user("nguoimua"),
        staff_a=roles.make_producer_staff(_user("nhanvien-a"), producer_a),
        staff_b=roles.make_producer_staff(_user("nhanvien-b"), producer_b),
        officer_x=roles.make_officer(_user("canbo-x"), PROVINCE_X),
        officer_y=roles.make_officer(_user("canbo-y"), PROVINCE_Y),
        operator=roles.make_operator(_user("vanhanh")),
    )


@pytest.fixture
def people(db):
    return make_people()
