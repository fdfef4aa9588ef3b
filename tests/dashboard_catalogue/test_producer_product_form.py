"""A producer adds a product through the plain form; bad input changes nothing."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model
from PIL import Image

from catalog.groups import group_categories
from moderation.models import ListingReview
from tests import factories
from tests.dashboard_catalogue.pages import create_url, image_upload, new_product_data, page_data
from tests.people import client_for

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")

pytestmark = pytest.mark.django_db
NOT_AN_IMAGE = "không phải ảnh JPEG, PNG hoặc WebP"


def _post(client, data):
    return client.post(create_url(), data)


def test_producer_form_is_plain(people):
    response = client_for(people.staff_a).get(create_url())
    fields = response.context["form"].fields
    assert {"title", "description", "upc", "attr_weight"} <= set(fields)
    assert not {"is_public", "slug", "structure", "is_discountable", "meta_title"} & set(fields)
    assert "recommended_formset" not in response.context
    page = response.content.decode()
    assert "Khối lượng (kg)" in page and "Mã GTIN" in page


def test_new_product_belongs_to_producer_and_waits(people):
    client = client_for(people.staff_a)
    data, _ = new_product_data(
        client, upc="8934563138165", attr_weight="0.5", is_public="on",
        producer=people.producer_b.pk,  # not one of its producers: ignored
    )
    response = _post(client, data)
    assert response.status_code == 302, response.context["form"].errors
    product = Product.objects.get(title="Mật ong bạc hà Đồng Văn")
    assert product.producer == people.producer_a
    assert product.is_public is False  # the posted is_public is ignored
    assert product.upc == "8934563138165"
    assert product.attr.weight == 0.5
    assert product.stockrecords.get().price == 150000
    review = product.listing_reviews.get()
    assert (review.kind, review.status) == ("new", "pending")


def test_several_producers_choose_one(people):
    people.producer_b.users.add(people.staff_a)
    client = client_for(people.staff_a)
    data, prefixes = new_product_data(client, producer=people.producer_b.pk)
    data[f"{prefixes['stockrecord_formset']}-0-partner"] = people.producer_b.pk
    assert _post(client, data).status_code == 302
    assert Product.objects.get(title="Mật ong bạc hà Đồng Văn").producer == people.producer_b


@pytest.mark.parametrize(
    "gtin, message",
    [("8934563138166", "sai số kiểm tra"), ("12345", "8, 12, 13 hoặc 14 chữ số")],
)
def test_bad_gtin_is_refused(people, gtin, message):
    client = client_for(people.staff_a)
    data, _ = new_product_data(client, upc=gtin)
    response = _post(client, data)
    assert response.status_code == 200
    assert message in str(response.context["form"].errors["upc"])
    assert not Product.objects.filter(title="Mật ong bạc hà Đồng Văn").exists()


def test_gtin_8_12_14_accepted(people):
    client = client_for(people.staff_a)
    for n, gtin in enumerate(["96385074", "036000291452", "10614141000415"]):
        data, prefixes = new_product_data(client, title=f"SP {n}", upc=gtin)
        data[f"{prefixes['stockrecord_formset']}-0-partner_sku"] = f"SKU-{n}"
        assert _post(client, data).status_code == 302
    gtins = ["96385074", "036000291452", "10614141000415"]
    assert Product.objects.filter(upc__in=gtins).count() == 3


def test_category_limited_to_ocop_groups(people):
    stray = Category.add_root(name="Khuyến mãi", slug="khuyen-mai")
    child = group_categories()["thuc-pham"].add_child(name="Bánh kẹo", slug="banh-keo")
    client = client_for(people.staff_a)
    data, prefixes = new_product_data(client)
    data[f"{prefixes['category_formset']}-0-category"] = stray.pk
    assert _post(client, data).status_code == 200
    assert not Product.objects.filter(title="Mật ong bạc hà Đồng Văn").exists()
    data[f"{prefixes['category_formset']}-0-category"] = child.pk
    assert _post(client, data).status_code == 302


def test_negative_weight_refused(people):
    client = client_for(people.staff_a)
    data, _ = new_product_data(client, attr_weight="-1")
    assert _post(client, data).status_code == 200
    assert not Product.objects.filter(title="Mật ong bạc hà Đồng Văn").exists()


def _with_image(client, upload):
    data, prefixes = new_product_data(client)
    data[f"{prefixes['image_formset']}-0-original"] = upload
    return _post(client, data)


def _assert_refused(response, message):
    assert response.status_code == 200
    errors = str(response.context["image_formset"].errors)
    assert message in errors
    assert not Product.objects.filter(title="Mật ong bạc hà Đồng Văn").exists()
    assert not ProductImage.objects.exists()
    assert not ListingReview.objects.exists()


def test_text_file_named_jpg_refused(people):
    upload = SimpleUploadedFile("anh.jpg", b"khong phai anh", content_type="image/jpeg")
    _assert_refused(_with_image(client_for(people.staff_a), upload), NOT_AN_IMAGE)


def test_gif_refused(people):
    upload = image_upload("anh.gif", fmt="GIF", content_type="image/gif")
    _assert_refused(_with_image(client_for(people.staff_a), upload), NOT_AN_IMAGE)


def test_too_many_pixels_refused(people):
    upload = image_upload("rong.png", fmt="PNG", size=(4001, 2), content_type="image/png")
    _assert_refused(_with_image(client_for(people.staff_a), upload), "4000 × 4000")


def test_too_heavy_refused(people, monkeypatch):
    monkeypatch.setattr("shop.images.MAX_BYTES", 100)
    _assert_refused(_with_image(client_for(people.staff_a), image_upload()), "5 MB")


def test_good_image_is_reencoded_without_exif(people):
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0110] = "Dien thoai bi mat"  # camera model
    Image.new("RGB", (60, 40), "green").save(out, format="PNG", exif=exif)
    upload = SimpleUploadedFile("anh.png", out.getvalue(), content_type="image/png")
    response = _with_image(client_for(people.staff_a), upload)
    assert response.status_code == 302
    stored = Product.objects.get(title="Mật ong bạc hà Đồng Văn").images.get()
    with Image.open(stored.original) as image:
        assert image.format == "JPEG"
        assert not image.getexif()


def test_operator_form_unchanged(people):
    product = factories.make_product(producer=people.producer_a)
    response = client_for(people.operator).get(f"/dashboard/catalogue/products/{product.pk}/")
    assert {"is_public", "slug", "meta_title"} <= set(response.context["form"].fields)
    assert "recommended_formset" in response.context


@pytest.mark.parametrize("group", ["thuc-pham", "du-lich"])
def test_every_product_class_has_a_weight(group):
    from catalog.groups import saved_product_class_for

    attribute = saved_product_class_for(group).attributes.get(code="weight")
    assert (attribute.type, attribute.required) == ("float", False)


def test_negative_price_refused_and_currency_fixed(people):
    client = client_for(people.staff_a)
    data, prefixes = new_product_data(client, price="-5")
    data[f"{prefixes['stockrecord_formset']}-0-price_currency"] = "USD"
    assert _post(client, data).status_code == 200
    assert not Product.objects.filter(title="Mật ong bạc hà Đồng Văn").exists()
    data[f"{prefixes['stockrecord_formset']}-0-price"] = "5000"
    assert _post(client, data).status_code == 302
    record = Product.objects.get(title="Mật ong bạc hà Đồng Văn").stockrecords.get()
    assert (record.price, record.price_currency) == (5000, "VND")


def test_saved_message_offers_the_public_page_only_when_listed(people):
    """Oscar's "view it on the site" would lead a waiting product to a 404."""
    client = client_for(people.staff_a)
    data, _ = new_product_data(client)
    page = client.post(create_url(), data, follow=True).content.decode()
    product = Product.objects.get(title="Mật ong bạc hà Đồng Văn")
    assert "Đã tạo sản phẩm" in page and "chỉ hiện trên trang web khi đã được duyệt" in page
    assert product.get_absolute_url() not in page

    listed = factories.make_product("Chè Shan tuyết", producer=people.producer_a)
    response = client.get(f"/dashboard/catalogue/products/{listed.pk}/")
    data, _ = page_data(response)
    data["stockrecord_formset-0-price"] = "99000"
    page = client.post(f"/dashboard/catalogue/products/{listed.pk}/", data, follow=True)
    assert listed.get_absolute_url() in page.content.decode()
