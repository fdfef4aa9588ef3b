"""Public producer pages: /producers/ and /producers/<slug>/."""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_producer, make_product

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def expired(title, producer):
    today = timezone.localdate()
    return make_product(
        title,
        producer=producer,
        issued_on=today - dt.timedelta(days=1200),
        valid_until=today - dt.timedelta(days=1),
    )


def test_producer_page_shows_profile_and_only_its_listed_products(client):
    producer = make_producer(
        "HTX Chè Tân Cương",
        producer_type="htx",
        street_address="Xóm Nhà Thờ",
        province_code="19",
        phone="0208 3855 123",
        email="lienhe@chetancuong.vn",
        website="https://chetancuong.vn",
        description="Hợp tác xã chè lâu đời.",
    )
    other = make_producer("HTX Khác")
    make_product("Chè búp Tân Cương", producer=producer)
    expired("Chè móc câu cũ", producer)
    make_product("Chè thu hồi", producer=producer, status="revoked")
    make_product("Sản phẩm của HTX khác", producer=other)

    html = page(client, reverse("producers:detail", kwargs={"slug": producer.code}))

    assert "HTX Chè Tân Cương" in html
    assert "Hợp tác xã" in html
    assert producer.full_address in html
    assert 'href="tel:02083855123"' in html
    assert 'href="mailto:lienhe@chetancuong.vn"' in html
    assert 'href="https://chetancuong.vn"' in html
    assert "Hợp tác xã chè lâu đời." in html
    assert "Chè búp Tân Cương" in html
    assert "4 sao OCOP" in html
    assert "Chè móc câu cũ" not in html
    assert "Chè thu hồi" not in html
    assert "Sản phẩm của HTX khác" not in html


def test_product_page_links_to_its_producer_page(client):
    producer = make_producer("Tổ hợp tác Mây tre đan", producer_type="tht")
    product = make_product("Giỏ mây", producer=producer, group="thu-cong-my-nghe")

    product_html = page(client, product.get_absolute_url())
    url = producer.get_absolute_url()
    assert f'href="{url}"' in product_html

    producer_html = page(client, url)
    assert "Tổ hợp tác" in producer_html
    assert "Giỏ mây" in producer_html


def test_producer_list_shows_producers_with_listed_products(client):
    thanh_hoa = make_producer("HTX Nem Thanh Hóa", province_code="38")
    ha_noi = make_producer("HTX Gốm Bát Tràng", province_code="01")
    lapsed_only = make_producer("HTX Hết hạn", province_code="38")
    make_producer("HTX Chưa có sản phẩm", province_code="38")
    make_product(producer=thanh_hoa)
    make_product(producer=ha_noi, group="thu-cong-my-nghe")
    expired("Hết hạn", lapsed_only)

    html = page(client, reverse("producers:index"))

    assert "HTX Nem Thanh Hóa" in html
    assert "HTX Gốm Bát Tràng" in html
    assert "HTX Hết hạn" not in html
    assert "HTX Chưa có sản phẩm" not in html
    assert f'href="{thanh_hoa.get_absolute_url()}"' in html
    assert 'name="province"' in html


def test_producer_list_filters_by_province(client):
    make_product(producer=make_producer("HTX Nem Thanh Hóa", province_code="38"))
    make_product(producer=make_producer("HTX Gốm Bát Tràng", province_code="01"))

    html = page(client, reverse("producers:index") + "?province=01")

    assert "HTX Gốm Bát Tràng" in html
    assert "HTX Nem Thanh Hóa" not in html
    assert '<option value="01" selected>' in html
