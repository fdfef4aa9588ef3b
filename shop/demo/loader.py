"""Load the demo catalogue (``catalogue.py``) into the database, once.

Everything is created in one transaction and flagged as demo data
(``Partner.is_demo``, "(dữ liệu mẫu)" in names and issuers, ``DEMO-``
certificate numbers), so it can be told apart from, and later removed
without touching, real producers. The demo counts as loaded as soon as one
demo producer exists; loading again then does nothing.

Other apps add their own demo data without ``shop`` importing them: after
the catalogue, in the same transaction, every installed app (in
INSTALLED_APPS order, ``shop`` itself excepted) that has a ``demo_data``
module gets its ``load(stdout)`` called. It returns a one-line summary and
may write further lines (URLs to try, say) to ``stdout``, which is printed
under that summary.
"""
import datetime as dt
import itertools
from decimal import Decimal
from importlib import import_module
from io import StringIO
from typing import NamedTuple

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management.base import OutputWrapper
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import module_has_submodule
from oscar.core.loading import get_model
from stdnum.vn import mst

from catalog import certificates as rules
from catalog.groups import ensure_groups, group_categories, saved_product_class_for
from catalog.text import slugify
from shop import divisions

from . import catalogue, images

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

DEMO_MARK = "(dữ liệu mẫu)"
DEMO_NOTE = "Đây là chủ thể giả lập trong bộ dữ liệu mẫu, không phải đơn vị có thật."
# Before 1 July 2025 a merged province's UBND still signed its own
# certificates; before 1 March 2025 the ministry had its former name.
PROVINCE_MERGER = dt.date(2025, 7, 1)
MINISTRY_MERGER = dt.date(2025, 3, 1)
STATUS_CHANGED_DAYS_AGO = 21
# Tax codes begin with the province of registration; none begins with 99,
# so a demo code passes the checksum but cannot be a real business's.
DEMO_TAX_PREFIX = "99"


#: The module each app may provide, with ``load(stdout) -> str``.
APP_DEMO_MODULE = "demo_data"


class Summary(NamedTuple):
    products: int
    producers: int
    listed: int
    not_listed: int
    #: What each app's ``demo_data.load`` reported: its summary line, then
    #: whatever it wrote to ``stdout``.
    apps: tuple[str, ...] = ()


def is_loaded() -> bool:
    return Partner.objects.filter(is_demo=True).exists()


@transaction.atomic
def load(today: dt.date | None = None) -> Summary | None:
    """Load the demo; None if it is already there.

    Certificate dates are counted back from ``today`` (the local date by
    default), so every load shows each certificate state.
    """
    if is_loaded():
        return None
    today = today or timezone.localdate()
    ensure_groups()
    groups = group_categories()
    tax_codes = _demo_tax_codes()
    main_group = _main_group_by_producer()
    producers = {
        spec.key: _create_producer(spec, main_group[spec.key], tax_codes)
        for spec in catalogue.PRODUCERS
    }
    specs_by_key = {spec.key: spec for spec in catalogue.PRODUCERS}
    numbers = itertools.count(1)
    for sku, item in enumerate(catalogue.PRODUCTS, 1):
        product = _create_product(item, producers[item.producer], groups[item.group], sku)
        for cert in item.certificates:
            _create_certificate(product, cert, specs_by_key[item.producer], today, next(numbers))
    demo = Product.objects.filter(producer__is_demo=True)
    total, listed = demo.count(), demo.browsable().count()
    reports = tuple(_load_app_demo(module) for module in app_demo_modules())
    return Summary(total, len(producers), listed, total - listed, reports)


# --- Other apps' demo data -------------------------------------------------
def app_demo_modules() -> list:
    """``<app>.demo_data`` of each installed app that has one, in INSTALLED_APPS order."""
    modules = []
    for config in apps.get_app_configs():
        if config.name == "shop" or not module_has_submodule(config.module, APP_DEMO_MODULE):
            continue
        modules.append(import_module(f"{config.name}.{APP_DEMO_MODULE}"))
    return modules


def _load_app_demo(module) -> str:
    """Run one app's ``load(stdout)``: its summary line, then what it wrote."""
    details = StringIO()
    line = str(module.load(OutputWrapper(details))).strip()
    return "\n".join(part for part in (line, details.getvalue().rstrip("\n")) if part)


# --- Producers -------------------------------------------------------------
def _demo_tax_codes():
    """Valid (checksummed) tax codes that no real business can hold."""
    for serial in itertools.count(1):
        base = f"{DEMO_TAX_PREFIX}{serial:07d}"
        code = base + mst.calc_check_digit(base)
        if mst.is_valid(code):  # some bases have no single-digit check digit
            yield code


def _main_group_by_producer() -> dict:
    """The group of each producer's first product: it colours the logo."""
    groups: dict = {}
    for item in catalogue.PRODUCTS:
        groups.setdefault(item.producer, item.group)
    return groups


def _create_producer(spec, group, tax_codes):
    """A demo Partner; households get no tax code, as many have none."""
    commune = divisions.find_commune(spec.commune, spec.province)
    if commune is None:
        raise ValueError(f"{spec.commune!r} is not a commune of province {spec.province}")
    is_household = spec.type == Partner.ProducerType.HOUSEHOLD
    return Partner.objects.create(
        name=f"{spec.name} {DEMO_MARK}",
        producer_type=spec.type,
        tax_code="" if is_household else next(tax_codes),
        province_code=spec.province,
        commune_code=divisions.ward_code(commune),
        street_address=spec.street,
        description=f"{spec.description} {DEMO_NOTE}",
        logo=ContentFile(images.producer_logo(spec.name, group), name=f"demo-{spec.key}.png"),
        is_demo=True,
    )


# --- Products --------------------------------------------------------------
def _create_product(item, producer, category, sku):
    """The product, its group, its picture and (if priced) its stock record."""
    product = Product.objects.create(
        title=item.title,
        description=item.description,
        product_class=saved_product_class_for(item.group),
        producer=producer,
    )
    ProductCategory.objects.create(product=product, category=category)
    ProductImage.objects.create(
        product=product,
        original=ContentFile(
            images.product_image(item.title, item.group), name=f"{slugify(item.title)}.jpg"
        ),
        caption=f"{item.title} – ảnh minh họa {DEMO_MARK}",
        display_order=0,
    )
    if item.price is not None:
        StockRecord.objects.create(
            product=product,
            partner=producer,
            partner_sku=f"DEMO-{sku:03d}",
            price=Decimal(item.price),
            num_in_stock=item.stock,
        )
    return product


# --- Certificates ----------------------------------------------------------
def _issuer(stars: int, producer_spec, issued_on: dt.date) -> str:
    """Who signs: the ministry for five stars, the province's UBND otherwise."""
    if stars == 5:
        ministry = (
            "Bộ Nông nghiệp và Môi trường"
            if issued_on >= MINISTRY_MERGER
            else "Bộ Nông nghiệp và Phát triển nông thôn"
        )
        return f"{ministry} {DEMO_MARK}"
    if producer_spec.former_province and issued_on < PROVINCE_MERGER:
        province = f"tỉnh {producer_spec.former_province}"
    else:
        name = divisions.province_name(producer_spec.province)  # "Thành phố Huế"
        province = name[0].lower() + name[1:] if name.startswith("Thành phố") else f"tỉnh {name}"
    return f"UBND {province} {DEMO_MARK}"


def _create_certificate(product, cert, producer_spec, today, number):
    score = Decimal(cert.score)
    stars = rules.stars_for_score(score)
    if cert.expires_in_days is None:
        issued_on, valid_until = rules.add_months(today, -cert.months_ago), None
    else:
        valid_until = today + dt.timedelta(days=cert.expires_in_days)
        issued_on = rules.add_months(valid_until, -rules.VALIDITY_MONTHS)
    certificate = OCOPCertificate.objects.create(
        number=f"DEMO-{producer_spec.province}-{issued_on.year}-{number:03d}",
        product=product,
        stars=stars,
        score=score,
        level=OCOPCertificate.Level.CENTRAL if stars == 5 else OCOPCertificate.Level.PROVINCE,
        issued_by=_issuer(stars, producer_spec, issued_on),
        issued_on=issued_on,
        valid_until=valid_until,
    )
    if cert.status != OCOPCertificate.Status.ACTIVE:
        certificate.change_status(
            cert.status,
            reason=f"{cert.reason} {DEMO_MARK}",
            on=today - dt.timedelta(days=STATUS_CHANGED_DAYS_AGO),
        )
    return certificate
