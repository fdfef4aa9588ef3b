"""What the database already holds, loaded in a few queries and indexed.

A national list has about 18,000 certificates and 10,000 producers; looking
each row up with its own queries would take minutes. Instead every producer,
producer-owned product, certificate, group link and producer stock record is
loaded once into dictionaries keyed the way rows are matched: producers by
tax code, else by name and province; products by producer and name;
certificates by number.
"""

from collections import defaultdict

from oscar.core.loading import get_model
from stdnum import ean

from catalog.groups import group_categories
from catalog.text import fold

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")



def identity(obj):
    """An object's identity for matching, also before it has a primary key."""
    return obj.pk if obj.pk is not None else ("new", id(obj))


def product_key(producer_identity, title: str):
    """Products are matched by producer and name, case and accents aside."""
    return producer_identity, fold(title)


def gtin_key(upc: str) -> str:
    """A stored UPC in GTIN-14 form, so 893… and 0893… are one code."""
    return upc.zfill(14) if ean.is_valid(upc) else upc


def unique_value(base: str, taken: set, max_length: int) -> str:
    """``base``, or ``base-2``, ``base-3``… (Oscar's AutoSlugField style).

    Reserves the value in ``taken``. Needed where bulk_create skips the
    model's own save(): Partner.code and StockRecord.partner_sku.
    """
    value, n = base[:max_length], 2
    while not value or value in taken:
        suffix = f"-{n}"
        value, n = base[: max_length - len(suffix)].rstrip("-") + suffix, n + 1
    taken.add(value)
    return value


def _tax_key(tax_code: str) -> str:
    """0100109106-001 and 0100109106001 are one code (mst.compact, but cheap)."""
    return tax_code.translate(_TAX_SEPARATORS)


_TAX_SEPARATORS = str.maketrans("", "", " -.")


class Producers:
    """Producers by tax code and by (folded name, province code)."""

    def __init__(self, partners):
        self._by_tax: dict = {}
        self._by_name: dict = {}
        for partner in partners:
            self.add(partner)

    def add(self, partner):
        """Index a producer; the first one under a key keeps it."""
        if partner.tax_code:
            self._by_tax.setdefault(_tax_key(partner.tax_code), partner)
        self._by_name.setdefault((fold(partner.name), partner.province_code), partner)

    def find(self, tax_code: str, name: str, province_code: str):
        if tax_code and (found := self._by_tax.get(_tax_key(tax_code))):
            return found
        found = self._by_name.get((fold(name), province_code))
        # Same name, but both have a tax code and they differ: two producers.
        if found and not (tax_code and found.tax_code):
            return found
        return None


class Existing:
    """The database as the import needs it; built once per import."""

    def __init__(self):
        partners = list(Partner.objects.order_by("pk"))
        self.producers = Producers(partners)
        self.partner_codes = {p.code for p in partners}

        products = Product.objects.filter(producer__isnull=False, parent__isnull=True)
        self.products: dict = {}
        for product in products.order_by("pk"):
            self.products.setdefault(product_key(product.producer_id, product.title), product)
        # Every product's GTIN, matched by the import or not: Product.upc is unique.
        self.gtin_owners: dict = {
            gtin_key(upc): (pk, title)
            for pk, upc, title in Product.objects.filter(upc__isnull=False).values_list(
                "pk", "upc", "title"
            )
        }
        self.certificates = {c.number: c for c in OCOPCertificate.objects.order_by()}

        self.groups = group_categories()
        self.group_links: dict = defaultdict(dict)  # product pk -> {category pk: link pk}
        root_pks = [category.pk for category in self.groups.values()]
        for link_pk, product_pk, category_pk in ProductCategory.objects.filter(
            category__in=root_pks
        ).values_list("pk", "product_id", "category_id"):
            self.group_links[product_pk][category_pk] = link_pk

        self.stockrecords = {}
        self.skus = defaultdict(set)  # partner pk -> partner_sku values taken
        for record in StockRecord.objects.order_by("pk"):
            self.stockrecords.setdefault((record.product_id, record.partner_id), record)
            self.skus[record.partner_id].add(record.partner_sku)

        self.product_classes: dict = {}  # name -> ProductClass, see product_class_for
