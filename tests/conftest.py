import pytest

from tests import factories


@pytest.fixture
def producer(db):
    return factories.make_producer()


@pytest.fixture
def listed_product(db):
    return factories.make_product("Nem chua Thanh Hóa")
