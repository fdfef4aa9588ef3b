"""The demo's tourism services (group 6) can be booked from their pages."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from catalog import bookings
from tests.demo import demo  # noqa: F401  (fixture)

Product = get_model("catalogue", "Product")
pytestmark = pytest.mark.django_db


def test_demo_homestay_is_booked_for_a_date_and_a_party(demo, client):  # noqa: F811
    homestay = Product.objects.listed().get(title="Homestay bản Hua Tạt (2 ngày 1 đêm)")
    page = client.get(homestay.get_absolute_url()).content.decode()
    assert f'name="{bookings.DATE_CODE}"' in page and f'name="{bookings.PARTY_CODE}"' in page

    visit = timezone.localdate() + dt.timedelta(days=7)
    client.post(
        reverse("basket:add", kwargs={"pk": homestay.pk}),
        {"quantity": 1, bookings.DATE_CODE: visit.isoformat(), bookings.PARTY_CODE: 2},
    )
    [line] = client.get(reverse("basket:summary")).context["basket"].all_lines()
    assert line.quantity == 2 and not line.product.is_shipping_required
