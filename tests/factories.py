"""Builders for domain objects, on top of Oscar's test factories.

Models are loaded with ``get_model`` like Oscar's own factories, so a fork
of an app keeps these working.
"""
import datetime as dt
import itertools
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

from catalog.groups import group_categories, saved_product_class_for

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

_seq = itertools.count(1)


def make_producer(name=None, **fields):
    n = next(_seq)
    fields.setdefault("province_code", "38")
    fields.setdefault("producer_type", Partner.ProducerType.COOPERATIVE)
    return Partner.objects.create(name=name or f"HTX Thử nghiệm {n}", **fields)


def make_product(
    title=None,
    *,
    producer=None,
    stars=4,
    issued_on=None,
    valid_until=None,
    status="active",
    group="thuc-pham",
    price=Decimal("120000"),
    stock=10,
    certificate=True,
):
    """A product with one certificate (valid today unless told otherwise)."""
    n = next(_seq)
    producer = producer or make_producer()
    product = Product.objects.create(
        title=title or f"Sản phẩm thử {n}",
        product_class=saved_product_class_for(group),
        producer=producer,
    )
    ProductCategory.objects.create(product=product, category=group_categories()[group])
    if price is not None:
        StockRecord.objects.create(
            product=product,
            partner=producer,
            partner_sku=f"SKU-{n}",
            price=price,
            num_in_stock=stock,
        )
    if certificate:
        today = timezone.localdate()
        OCOPCertificate.objects.create(
            number=f"TEST-{n:05d}/QĐ-UBND",
            product=product,
            stars=stars,
            level="province",
            issued_by="UBND tỉnh Thanh Hóa",
            issued_on=issued_on or today - dt.timedelta(days=100),
            valid_until=valid_until,
            status=status,
        )
    return product
