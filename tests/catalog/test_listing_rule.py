"""The listing rule, seen through the catalogue page and the shared queryset.

Only products with an active 3–5★ certificate valid today (Asia/Ho_Chi_Minh)
are listed; validity is read at request time, so no job is needed for an
expiry to take effect.
"""
import datetime as dt
import itertools
import zoneinfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oscar.core.loading import get_model

from tests.factories import make_product
from tests.fuzzing import examples

Product = get_model("catalogue", "Product")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
pytestmark = pytest.mark.django_db


def catalogue_titles(client):
    response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    return {p.title for p in response.context["products"]}


@pytest.mark.parametrize("stars", [3, 4, 5])
def test_three_to_five_stars_are_listed(client, stars):
    make_product(f"Sản phẩm {stars} sao", stars=stars)
    assert catalogue_titles(client) == {f"Sản phẩm {stars} sao"}


def test_two_star_certificate_cannot_be_recorded():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_product("Hai sao", stars=2)
    assert not Product.objects.filter(title="Hai sao").exists()


@pytest.mark.parametrize("status", ["suspended", "revoked"])
def test_suspended_or_revoked_is_not_listed(client, status):
    make_product("Bị xử lý", status=status)
    make_product("Còn hiệu lực")
    assert catalogue_titles(client) == {"Còn hiệu lực"}


def test_expired_and_not_yet_valid_are_not_listed(client):
    today = timezone.localdate()
    make_product("Hết hạn", issued_on=today - dt.timedelta(days=1200),
                 valid_until=today - dt.timedelta(days=1))
    make_product("Chưa có hiệu lực", issued_on=today + dt.timedelta(days=3))
    assert catalogue_titles(client) == set()


def test_renewed_certificate_keeps_product_listed_and_history_kept(client):
    today = timezone.localdate()
    product = make_product("Được cấp lại", issued_on=today - dt.timedelta(days=1200),
                           valid_until=today - dt.timedelta(days=100))
    OCOPCertificate.objects.create(
        number="RENEW-1", product=product, stars=5, level="central",
        issued_on=today - dt.timedelta(days=90),
    )
    assert catalogue_titles(client) == {"Được cấp lại"}
    assert product.certificates.count() == 2
    assert Product.objects.get(pk=product.pk).certificate.number == "RENEW-1"


def test_certificate_expiring_today_is_listed_today_and_gone_tomorrow(client):
    with time_machine.travel(dt.datetime(2026, 3, 10, 9, 0, tzinfo=HCM), tick=False):
        make_product("Hết hạn hôm nay", issued_on=dt.date(2023, 3, 10),
                     valid_until=dt.date(2026, 3, 10))
        assert catalogue_titles(client) == {"Hết hạn hôm nay"}
        assert Product.objects.browsable().count() == 1

    # 00:30 on 11 March in Hà Nội is still 10 March in UTC: the rule follows
    # the Vietnamese calendar day, not the server's.
    with time_machine.travel(dt.datetime(2026, 3, 11, 0, 30, tzinfo=HCM), tick=False):
        assert catalogue_titles(client) == set()
        assert Product.objects.browsable().count() == 0


def test_default_validity_is_36_months_from_issue():
    product = make_product(issued_on=dt.date(2024, 2, 29))
    certificate = product.certificates.get()
    assert certificate.valid_until == dt.date(2027, 2, 28)


def test_certificate_rejects_stars_that_do_not_match_score():
    product = make_product(certificate=False)
    certificate = OCOPCertificate(
        number="X-1", product=product, stars=5, score=75, level="province",
        issued_on=dt.date(2025, 1, 1),
    )
    with pytest.raises(ValidationError) as excinfo:
        certificate.full_clean()
    assert "4 sao" in str(excinfo.value)


def test_district_level_is_refused_after_districts_were_abolished():
    product = make_product(certificate=False)
    old = OCOPCertificate(number="H-1", product=product, stars=3, level="district",
                          issued_on=dt.date(2024, 5, 1))
    old.full_clean()
    new = OCOPCertificate(number="H-2", product=product, stars=3, level="district",
                          issued_on=dt.date(2025, 7, 1))
    with pytest.raises(ValidationError) as excinfo:
        new.full_clean()
    assert "01/07/2025" in str(excinfo.value)


def test_revoking_keeps_history_and_delists(client):
    product = make_product("Thu hồi")
    certificate = product.certificates.get()
    certificate.change_status("revoked", reason="Vi phạm an toàn thực phẩm")
    assert catalogue_titles(client) == set()
    change = certificate.status_changes.get()
    assert (change.status, change.reason) == ("revoked", "Vi phạm an toàn thực phẩm")
    assert OCOPCertificate.objects.filter(pk=certificate.pk).exists()


def test_a_product_awaiting_approval_is_not_listed_even_with_a_valid_certificate(client):
    """A producer's new product stays non-public until an operator approves it."""
    waiting = make_product("Chờ duyệt")
    Product.objects.filter(pk=waiting.pk).update(is_public=False)
    make_product("Đã duyệt")
    assert catalogue_titles(client) == {"Đã duyệt"}
    assert not Product.objects.listed().filter(pk=waiting.pk).exists()
    assert not Product.objects.get(pk=waiting.pk).is_listed


# -- listing_windows: the rule as date ranges, for the search index ------------

_CERTIFICATES = st.lists(
    st.tuples(
        st.sampled_from(["active", "active", "suspended", "revoked"]),
        st.sampled_from([3, 4, 5]),
        st.integers(-30, 30),  # issued, days from today
        st.integers(0, 30),  # valid for this many days more
    ),
    max_size=4,
)


@settings(max_examples=examples(30, 500), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(certificates=_CERTIFICATES, public=st.booleans(), on_parent=st.booleans())
def test_listing_windows_agree_with_the_listing_rule_day_by_day(
        certificates, public, on_parent):
    """Whatever the certificates (overlapping, adjacent, with gaps,
    suspended, revoked) a day is in a window exactly when ``listed(on=day)``
    lists the product, for a product and for a variant covered by its
    parent's certificates."""
    from catalog.managers import listing_windows

    today = timezone.localdate()
    OCOPCertificate.objects.filter(product__title__startswith="Cửa sổ").delete()
    Product.objects.filter(title__startswith="Cửa sổ").delete()
    holder = make_product("Cửa sổ cha", certificate=False)
    product = holder
    if on_parent:
        holder.structure = "parent"
        holder.save()
        product = Product.objects.create(title="Cửa sổ con", parent=holder, structure="child")
    Product.objects.filter(pk=product.pk).update(is_public=public)
    OCOPCertificate.objects.bulk_create(
        OCOPCertificate(number=f"WIN-{i}", product=holder, stars=stars, level="province",
                        issued_on=today + dt.timedelta(days=start),
                        valid_until=today + dt.timedelta(days=start + length), status=status)
        for i, (status, stars, start, length) in enumerate(certificates))

    loaded = Product.objects.base_queryset().get(pk=product.pk)
    windows = listing_windows(loaded)
    for offset in range(-32, 63):
        day = today + dt.timedelta(days=offset)
        in_window = any(first <= day <= last for first, last in windows)
        assert in_window == Product.objects.listed(on=day).filter(pk=product.pk).exists(), day
    assert windows == sorted(windows)
    # Merged: no two windows touch or overlap.
    assert all(b[0] > a[1] + dt.timedelta(days=1) for a, b in itertools.pairwise(windows))
