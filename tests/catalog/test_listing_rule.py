"""The listing rule, through the pages and querysets other apps call."""
import datetime as dt

import pytest
import time_machine
from django.utils import timezone
from oscar.core.loading import get_model

from tests.factories import make_product

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


def test_listed_product_is_browsable(listed_product):
    assert list(Product.objects.browsable()) == [listed_product]
