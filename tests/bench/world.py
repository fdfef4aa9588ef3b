"""A catalogue of any size for the page benchmarks, built fast with bulk_create.

The same world serves two ways: grown inside a benchmark's test transaction
(query counts through the test client at 1,000 then 10,000 products), and
built for good in a separate database that gunicorn serves (load test,
Lighthouse; see ``main`` and ``tests/bench/server.py``).

Everything scales with the product count, as it does nationally: one producer
per five products, one lot in ten traced (a zone per producer, five events per
lot), and one outlet per fifty products carrying twenty products each. Every
product holds a valid 3–5 star certificate and a GTIN, so each is listed and
has a Digital Link; 85 % have a price. ``grow`` only adds what is missing, so
1,000 can grow to 10,000 in the same database.
"""
import datetime as dt
import json
import random
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model
from stdnum import ean

from catalog.groups import GROUP_CODES, group_categories, saved_product_class_for

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

PREFIX = "world"  # slugs, codes and numbers of this world start with it
BATCH = 2000
SEARCH = "nuoc mam"  # the search page's query: matches about one product in twelve

NAMES = ["Nước mắm", "Mật ong", "Chè lam", "Trà shan tuyết", "Gạo ST25", "Miến dong",
         "Cà phê", "Hồ tiêu", "Nem chua", "Bánh gai", "Chiếu cói", "Gốm men lam"]
PLACES = ["Phú Quốc", "Tứ Trụ", "Suối Giàng", "Sóc Trăng", "Bình Liêu", "Buôn Ma Thuột",
          "Thanh Hóa", "Kim Sơn", "Bát Tràng", "Hà Giang"]
PROVINCES = ["01", "08", "12", "19", "22", "31", "38", "44", "46", "66", "79", "82", "96"]
STEPS = ["harvesting", "processing", "packing", "shipping", "receiving"]


def gtin14(n: int) -> str:
    body = f"8938{n:08d}"  # 893: GS1 Vietnam
    return (body + ean.calc_check_digit(body)).zfill(14)


def _producers(start, stop, rng):
    types = [code for code, _label in Partner.ProducerType.choices]
    return Partner.objects.bulk_create(
        (Partner(name=f"HTX {rng.choice(NAMES)} {rng.choice(PLACES)} {i}",
                 code=f"{PREFIX}-producer-{i}", province_code=rng.choice(PROVINCES),
                 producer_type=rng.choice(types))
         for i in range(start, stop)), batch_size=BATCH)


def _products(start, stop, producers, rng):
    classes = {group: saved_product_class_for(group) for group in GROUP_CODES}
    roots = group_categories()
    groups = [rng.choice(GROUP_CODES) for _ in range(start, stop)]
    products = Product.objects.bulk_create(
        (Product(title=f"{rng.choice(NAMES)} {rng.choice(PLACES)} {i}", slug=f"{PREFIX}-{i}",
                 upc=gtin14(i), product_class=classes[group], structure="standalone",
                 producer=producers[i // 5], is_public=True,
                 description="Sản phẩm OCOP làm tại địa phương, đóng gói tại cơ sở.")
         for i, group in zip(range(start, stop), groups, strict=True)), batch_size=BATCH)
    ProductCategory.objects.bulk_create(
        (ProductCategory(product=p, category=roots[g])
         for p, g in zip(products, groups, strict=True)), batch_size=BATCH)
    StockRecord.objects.bulk_create(
        (StockRecord(product=p, partner=p.producer, partner_sku=f"{PREFIX}-{p.pk}",
                     price=Decimal(rng.randrange(30, 900) * 1000), num_in_stock=20)
         for p in products if rng.random() < 0.85), batch_size=BATCH)
    today = timezone.localdate()
    OCOPCertificate.objects.bulk_create(
        (OCOPCertificate(number=f"{PREFIX.upper()}-{p.pk}/QĐ-UBND", product=p,
                         stars=rng.choice([3, 3, 4, 4, 5]), level="province",
                         issued_by="UBND tỉnh", issued_on=today - dt.timedelta(days=200),
                         valid_until=today + dt.timedelta(days=rng.randrange(60, 900)),
                         status="active")
         for p in products), batch_size=BATCH)
    return products


def _traceability(products, producers, rng):
    """Zones for these products' producers, a lot for one product in ten."""
    from traceability.models import Batch, RawMaterialZone, TraceEvent

    RawMaterialZone.objects.bulk_create(
        (RawMaterialZone(producer=p, name=f"Vùng {p.name}", province_code=p.province_code,
                         produce=rng.choice(NAMES), planting_area_code=f"VN-{p.pk:06d}",
                         area_ha=Decimal(rng.randrange(2, 40)))
         for p in producers), batch_size=BATCH)
    zones = {z.producer_id: z for z in RawMaterialZone.objects.filter(
        producer__code__startswith=f"{PREFIX}-producer-")}
    lots = Batch.objects.bulk_create(
        (Batch(product=p, lot=f"L{p.pk}", production_date=dt.date(2025, 9, 1),
               expiry_date=dt.date(2027, 9, 1), quantity=500)
         for p in products[::10]), batch_size=BATCH)
    Batch.zones.through.objects.bulk_create(
        (Batch.zones.through(batch=lot, rawmaterialzone=zones[lot.product.producer_id])
         for lot in lots), batch_size=BATCH)
    start = dt.datetime(2025, 9, 1, 1, 30, tzinfo=dt.timezone.utc)
    TraceEvent.objects.bulk_create(
        (TraceEvent(batch=lot, event_type="object", biz_step=step,
                    event_time=start + dt.timedelta(hours=h), event_timezone="+07:00",
                    biz_location=f"Xưởng {lot.product.producer.name}",
                    who=lot.product.producer.name, zone=zones[lot.product.producer_id])
         for lot in lots for h, step in enumerate(STEPS)), batch_size=BATCH)


def _outlets(start, stop, products, rng):
    from outlets.models import OpeningPeriod, Outlet, OutletProduct

    outlets = Outlet.objects.bulk_create(
        (Outlet(name=f"Điểm OCOP {rng.choice(PLACES)} {i}", slug=f"{PREFIX}-outlet-{i}",
                outlet_type=rng.choice(["market", "supermarket", "rest_stop", "ocop_centre"]),
                province_code="46", commune_code="19786",
                latitude=Decimal("16.4") + Decimal(i) / 1000,
                longitude=Decimal("107.5") + Decimal(i) / 1000)
         for i in range(start, stop)), batch_size=BATCH)
    OpeningPeriod.objects.bulk_create(
        (OpeningPeriod(outlet=o, weekday=d, opens=dt.time(7), closes=dt.time(21))
         for o in outlets for d in range(7)), batch_size=BATCH)
    OutletProduct.objects.bulk_create(
        (OutletProduct(outlet=o, product=p)
         for o in outlets for p in rng.sample(products, min(20, len(products)))),
        batch_size=BATCH)


def grow(size: int, seed: int = 11) -> int:
    """Add products (and what goes with them) until the world holds ``size``."""
    have = Product.objects.filter(slug__startswith=f"{PREFIX}-").count()
    if have >= size:
        return have
    rng = random.Random(seed + have)
    producers = list(Partner.objects.filter(code__startswith=f"{PREFIX}-producer-")
                     .order_by("pk"))
    new_producers = _producers(len(producers), -(-size // 5), rng)
    products = _products(have, size, producers + new_producers, rng)
    _traceability(products, new_producers, rng)
    _outlets(have // 50, size // 50, products, rng)
    from search.indexing import rebuild

    rebuild()
    return size


def pages() -> dict[str, str]:
    """Page name → path of the pages every benchmark measures, in this world."""
    from traceability.models import Batch

    lot = Batch.objects.filter(product__slug=f"{PREFIX}-0").get()
    return {
        "home": "/",
        "catalogue": "/catalogue/",
        "product": lot.product.get_absolute_url(),
        "search": f"/search/?q={SEARCH.replace(' ', '+')}",
        "trace": f"/01/{lot.product.upc}/10/{lot.lot}",
        "outlets": "/outlets/",
    }


def main(size: int):
    """Grow the configured database; print the pages' and a stylesheet's paths.

    Run by ``tests/bench/server.py`` as ``manage.py shell -c``, with
    ``DATABASE_URL`` pointing at the database gunicorn will serve.
    """
    from django.templatetags.static import static

    grow(size)
    print(json.dumps({"pages": pages(), "static": static("ocop/ocop.css")}))
