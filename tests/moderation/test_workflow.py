"""New listings and content changes wait for an operator; price and stock do not."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from moderation.models import ListingReview
from tests import factories
from tests.dashboard_catalogue.pages import (
    create_url,
    edit_url,
    image_upload,
    new_product_data,
    page_data,
)
from tests.people import client_for

Product = get_model("catalogue", "Product")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

pytestmark = pytest.mark.django_db

QUEUE = reverse("dashboard:moderation-review-list")


def approve(client, review):
    return client.post(reverse("dashboard:moderation-review-approve", args=[review.pk]))


def reject(client, review, reason):
    return client.post(
        reverse("dashboard:moderation-review-reject", args=[review.pk]), {"reason": reason}
    )


def test_new_product_listed_after_approval(people):
    producer_client = client_for(people.staff_a)
    data, _ = new_product_data(producer_client)
    assert producer_client.post(create_url(), data).status_code == 302
    product = Product.objects.get(title="Mật ong bạc hà Đồng Văn")
    page = producer_client.get(edit_url(product)).content.decode()
    assert "Chờ duyệt" in page
    # The certificate is recorded by an operator elsewhere; here it is valid.
    OCOPCertificate.objects.create(
        number="MOD-1/QĐ-UBND", product=product, stars=4, level="province",
        issued_on=timezone.localdate(),
    )
    assert "Mật ong bạc hà Đồng Văn" not in client_for(None).get("/catalogue/").content.decode()

    operator = client_for(people.operator)
    queue = operator.get(QUEUE).content.decode()
    assert "Mật ong bạc hà Đồng Văn" in queue and "HTX Nông sản A" in queue
    review = product.listing_reviews.get()
    assert approve(operator, review).status_code == 302

    product.refresh_from_db()
    review.refresh_from_db()
    assert product.is_public
    assert (review.status, review.decided_by) == ("approved", people.operator)
    assert review.decided_at is not None
    assert "Mật ong bạc hà Đồng Văn" in client_for(None).get("/catalogue/").content.decode()
    assert list(operator.get(QUEUE).context["reviews"]) == []


def _edit(client, product, **changes):
    data, prefixes = page_data(client.get(edit_url(product)))
    for key, value in changes.items():
        data[key.replace("STOCK", prefixes["stockrecord_formset"]).replace(
            "IMAGES", prefixes["image_formset"])] = value
    return client.post(edit_url(product), data)


def test_title_change_waits_but_price_is_immediate(people):
    product = factories.make_product("Nem chua Thanh Hóa", producer=people.producer_a)
    public_url = product.get_absolute_url()
    producer_client = client_for(people.staff_a)
    response = _edit(producer_client, product, title="Nem chua Thanh Hóa đặc biệt",
                     **{"STOCK-0-price": "99000", "STOCK-0-num_in_stock": "7"})
    assert response.status_code == 302

    product.refresh_from_db()
    assert product.title == "Nem chua Thanh Hóa"
    record = product.stockrecords.get()
    assert (record.price, record.num_in_stock) == (99000, 7)
    public = client_for(None).get(public_url).content.decode()
    assert "Nem chua Thanh Hóa đặc biệt" not in public
    own_page = producer_client.get(edit_url(product)).content.decode()
    assert "Chờ duyệt" in own_page and "Nem chua Thanh Hóa đặc biệt" in own_page

    review = product.listing_reviews.get(status="pending")
    assert review.kind == "change" and review.proposed_description is None
    assert approve(client_for(people.operator), review).status_code == 302
    product.refresh_from_db()
    assert product.title == "Nem chua Thanh Hóa đặc biệt"
    assert "Nem chua Thanh Hóa đặc biệt" in client_for(None).get(
        product.get_absolute_url()).content.decode()


def test_price_only_change_needs_no_review(people):
    product = factories.make_product(producer=people.producer_a)
    response = _edit(client_for(people.staff_a), product, **{"STOCK-0-price": "50000"})
    assert response.status_code == 302
    assert product.stockrecords.get().price == 50000
    assert not product.listing_reviews.exists()


def test_new_image_of_public_product_waits(people):
    product = factories.make_product(producer=people.producer_a)
    client = client_for(people.staff_a)
    assert _edit(client, product, **{"IMAGES-0-original": image_upload()}).status_code == 302
    assert not product.images.exists()
    review = product.listing_reviews.get()
    assert review.images.count() == 1
    approve(client_for(people.operator), review)
    assert product.images.count() == 1


def test_further_change_joins_pending_review(people):
    product = factories.make_product("Trà hoa vàng", producer=people.producer_a)
    client = client_for(people.staff_a)
    _edit(client, product, title="Trà hoa vàng Ba Chẽ")
    _edit(client, product, description="Trà hoa vàng sấy lạnh.")
    review = product.listing_reviews.get()
    assert review.proposed_title == "Trà hoa vàng Ba Chẽ"
    assert review.proposed_description == "Trà hoa vàng sấy lạnh."


def test_rejection_reason_shown_to_producer(people):
    product = factories.make_product("Gạo tám xoan", producer=people.producer_a)
    _edit(client_for(people.staff_a), product, title="Gạo ngon nhất thế giới")
    review = product.listing_reviews.get()
    operator = client_for(people.operator)

    assert reject(operator, review, "   ").status_code == 302
    review.refresh_from_db()
    assert review.status == "pending"

    assert reject(operator, review, "Tên sản phẩm không được quảng cáo quá mức.").status_code == 302
    review.refresh_from_db()
    product.refresh_from_db()
    assert (review.status, review.decided_by) == ("rejected", people.operator)
    assert product.title == "Gạo tám xoan"
    page = client_for(people.staff_a).get(edit_url(product)).content.decode()
    assert "Bị từ chối" in page and "Tên sản phẩm không được quảng cáo quá mức." in page


def test_decided_review_cannot_be_decided_again(people):
    product = factories.make_product("Miến dong", producer=people.producer_a)
    _edit(client_for(people.staff_a), product, title="Miến dong Bình Liêu")
    review = product.listing_reviews.get()
    operator = client_for(people.operator)
    approve(operator, review)
    response = reject(operator, review, "muộn")
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == "approved" and review.reason == ""


@pytest.mark.parametrize("who", ["anonymous", "consumer", "staff_a", "staff_b", "officer_x"])
def test_queue_and_decisions_are_operator_only(people, who):
    product = factories.make_product("Bánh gai", producer=people.producer_a)
    Product.objects.filter(pk=product.pk).update(is_public=False)
    review = ListingReview.objects.create(product=product, kind="new")
    client = client_for(getattr(people, who))
    for response in (
        client.get(QUEUE),
        client.get(reverse("dashboard:moderation-review-detail", args=[review.pk])),
        approve(client, review),
        reject(client, review, "x"),
    ):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "login" in response["Location"]
    review.refresh_from_db()
    product.refresh_from_db()
    assert review.status == "pending" and not product.is_public


def test_decision_pages_refuse_get(people):
    product = factories.make_product(producer=people.producer_a)
    review = ListingReview.objects.create(product=product, kind="change", proposed_title="x")
    client = client_for(people.operator)
    approve_url = reverse("dashboard:moderation-review-approve", args=[review.pk])
    assert client.get(approve_url).status_code == 405
    detail_url = reverse("dashboard:moderation-review-detail", args=[review.pk])
    assert client.get(detail_url).status_code == 200


def _queue_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(QUEUE).status_code == 200
    return len(queries)


def test_queue_query_count_is_constant(people):
    client = client_for(people.operator)

    def add(n):
        for _ in range(n):
            product = factories.make_product(producer=people.producer_a)
            review = ListingReview.objects.create(
                product=product, kind="change", proposed_title="Tên mới",
                submitted_by=people.staff_a,
            )
            review.images.create(original=image_upload().name)

    add(2)
    _queue_queries(client)  # warm the per-process caches (site, content types)
    small = _queue_queries(client)
    add(8)
    assert _queue_queries(client) == small


def test_rejected_new_product_is_resubmitted_by_saving_again(people):
    client = client_for(people.staff_a)
    data, _ = new_product_data(client)
    client.post(create_url(), data)
    product = Product.objects.get(title="Mật ong bạc hà Đồng Văn")
    reject(client_for(people.operator), product.listing_reviews.get(), "Ảnh mờ, hãy chụp lại.")
    assert "Ảnh mờ, hãy chụp lại." in client.get(edit_url(product)).content.decode()
    assert _edit(client, product, description="Mật ong hoa bạc hà, ảnh mới.").status_code == 302
    product.refresh_from_db()
    assert product.description == "Mật ong hoa bạc hà, ảnh mới." and not product.is_public
    assert product.listing_reviews.filter(status="pending", kind="new").count() == 1
