"""An outlet carries listed products only; a refusal says why."""
import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from outlets.assortment import add_product
from outlets.models import OutletProduct
from tests.factories import make_product
from tests.outlets.builders import make_outlet

pytestmark = pytest.mark.django_db


def test_listed_product_is_added():
    outlet, product = make_outlet(), make_product("Nem chua Thanh Hóa")
    add_product(outlet, product)
    assert list(outlet.assortment.values_list("product__title", flat=True)) == [
        "Nem chua Thanh Hóa"]


def test_adding_twice_keeps_one_row():
    outlet, product = make_outlet(), make_product()
    add_product(outlet, product)
    add_product(outlet, product)
    assert outlet.assortment.count() == 1


def test_product_without_certificate_is_refused_with_reason():
    outlet, product = make_outlet(), make_product("Chè lam", certificate=False)
    with pytest.raises(ValidationError) as error:
        add_product(outlet, product)
    message = error.value.message_dict["product"][0]
    assert "Chè lam" in message and "chưa có giấy chứng nhận OCOP" in message
    assert not OutletProduct.objects.exists()


def test_expired_certificate_is_refused_with_its_date():
    today = timezone.localdate()
    product = make_product(issued_on=today - dt.timedelta(days=1200),
                           valid_until=today - dt.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        add_product(make_outlet(), product)
    expected = f"{today - dt.timedelta(days=1):%d/%m/%Y}"
    assert f"đã hết hiệu lực ngày {expected}" in error.value.message_dict["product"][0]


def test_revoked_certificate_is_refused_with_the_revocation_reason():
    product = make_product()
    product.certificates.get().change_status("revoked", "Vi phạm an toàn thực phẩm")
    with pytest.raises(ValidationError) as error:
        add_product(make_outlet(), product)
    message = error.value.message_dict["product"][0]
    assert "đã bị thu hồi" in message and "Vi phạm an toàn thực phẩm" in message


def test_suspended_certificate_is_refused():
    product = make_product()
    product.certificates.get().change_status("suspended", "Chờ kiểm tra")
    with pytest.raises(ValidationError) as error:
        add_product(make_outlet(), product)
    assert "tạm đình chỉ" in error.value.message_dict["product"][0]


def test_model_full_clean_refuses_too():
    row = OutletProduct(outlet=make_outlet(), product=make_product(certificate=False))
    with pytest.raises(ValidationError):
        row.full_clean()


def test_admin_inline_refuses_unlisted_product(admin_client):
    outlet, product = make_outlet(), make_product("Chè lam", certificate=False)
    prefix = "assortment"
    data = {
        "name": outlet.name, "slug": outlet.slug, "outlet_type": outlet.outlet_type,
        "province_code": outlet.province_code, "commune_code": outlet.commune_code,
        "street_address": outlet.street_address, "latitude": outlet.latitude,
        "longitude": outlet.longitude,
        f"{prefix}-TOTAL_FORMS": 1, f"{prefix}-INITIAL_FORMS": 0,
        f"{prefix}-0-product": product.pk, f"{prefix}-0-outlet": outlet.pk,
    }
    for other in ("opening_periods", "opening_exceptions", "status_changes"):
        data.update({f"{other}-TOTAL_FORMS": 0, f"{other}-INITIAL_FORMS": 0})
    response = admin_client.post(f"/django-admin/outlets/outlet/{outlet.pk}/change/", data)
    assert response.status_code == 200  # the form is shown again with the error
    assert "chưa có giấy chứng nhận OCOP" in response.content.decode()
    assert not OutletProduct.objects.exists()
