"""Deciding what an import changes, before anything is written.

Good rows are matched against :class:`~.existing.Existing` and turned into a
:class:`Plan`: model instances to create, instances to update, how many stay
as they are, and the conflicts only the database reveals (a GTIN or a
certificate number that belongs to another product). Nothing is written
here, which is what makes ``--dry-run`` exact and all-or-nothing cheap.

Rules for values (README.md ("Importing OCOP certificate lists")): an empty cell never overwrites a
stored value (published lists carry no prices and often no tax code, and a
producer's own edits must survive the next list); a producer or product on
several rows takes each value from the first row that gives it, so the
result does not depend on how often an import is run.
"""

from dataclasses import dataclass, field

from oscar.core.loading import get_model

from catalog.groups import product_class_for
from catalog.text import slugify

from .errors import RowError
from .existing import Existing, identity, product_key, unique_value
from .rows import Row

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

_CODE_LENGTH = Partner._meta.get_field("code").max_length
_SLUG_LENGTH = Product._meta.get_field("slug").max_length


class Changes:
    """The instances of one model that the file creates or touches.

    ``assign`` applies values first row wins and remembers the value each
    field had before, so "updated" means a value really changed.
    """

    def __init__(self):
        self._created: list = []
        self._created_ids: set = set()
        self._touched: dict = {}  # id(obj) -> (obj, {field: value before})
        self._linked_changes: set = set()  # id(obj): a link or price changed

    def create(self, obj):
        self._created.append(obj)
        self._created_ids.add(id(obj))
        self._touched[id(obj)] = (obj, {})
        return obj

    def assign(self, obj, values: dict):
        """Set the fields not yet set by an earlier row."""
        _obj, before = self._touched.setdefault(id(obj), (obj, {}))
        for name, value in values.items():
            if name not in before:
                before[name] = getattr(obj, name)
                setattr(obj, name, value)

    def has_assigned(self, obj, name: str) -> bool:
        return name in self._touched.get(id(obj), (None, {}))[1]

    def mark_changed(self, obj):
        """Something hanging off ``obj`` (a group link, a price) changed."""
        self._linked_changes.add(id(obj))

    @property
    def created(self) -> list:
        return self._created

    @property
    def updated(self) -> list:
        return [obj for key, (obj, _before) in self._touched.items() if self._is_updated(key)]

    def counts(self) -> "Counts":
        updated = len(self.updated)
        return Counts(
            len(self._created), updated, len(self._touched) - len(self._created) - updated
        )

    def changed_fields(self) -> list[str]:
        """Fields that changed on any updated object (for bulk_update)."""
        return sorted(
            {
                name
                for key in self._touched
                if self._is_updated(key)
                for name in self._changed_fields(key)
            }
        )

    def _is_updated(self, key) -> bool:
        if key in self._created_ids:
            return False
        return bool(self._changed_fields(key)) or key in self._linked_changes

    def _changed_fields(self, key) -> list[str]:
        obj, before = self._touched[key]
        return [name for name, value in before.items() if getattr(obj, name) != value]


@dataclass
class Counts:
    created: int
    updated: int
    unchanged: int


@dataclass
class Plan:
    existing: Existing
    producers: Changes = field(default_factory=Changes)
    products: Changes = field(default_factory=Changes)
    certificates: Changes = field(default_factory=Changes)
    new_links: list = field(default_factory=list)  # unsaved ProductCategory
    stale_links: list = field(default_factory=list)  # ProductCategory pks
    new_stockrecords: list = field(default_factory=list)
    changed_stockrecords: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def counts(self) -> list[tuple[str, Counts]]:
        """(what, counts) in the order the command prints them."""
        return [
            ("Chủ thể", self.producers.counts()),
            ("Sản phẩm", self.products.counts()),
            ("Giấy chứng nhận", self.certificates.counts()),
        ]


def _given(**values) -> dict:
    """The values the file actually gives: an empty cell keeps what is stored."""
    return {name: value for name, value in values.items() if value not in ("", None)}


def make_plan(rows: list[Row]) -> Plan:
    plan = Plan(existing=Existing())
    groups, prices = {}, {}  # id(product) -> the first value a row gives
    for row in rows:
        producer = _producer(plan, row)
        product = _product(plan, row, producer)
        groups.setdefault(id(product), (product, row.product_group))
        if row.price is not None:
            prices.setdefault(id(product), (product, producer, row.price))
        _certificate(plan, row, product)
    for product, group in groups.values():
        _link_group(plan, product, group)
    for product, producer, price in prices.values():
        _set_price(plan, product, producer, price)
    return plan


def _producer(plan: Plan, row: Row):
    existing = plan.existing
    producer = existing.producers.find(row.producer_tax_code, row.producer_name, row.province)
    if producer is None:
        base = slugify(row.producer_name) or "chu-the"
        producer = plan.producers.create(
            Partner(code=unique_value(base, existing.partner_codes, _CODE_LENGTH))
        )
    plan.producers.assign(
        producer,
        _given(
            name=row.producer_name,
            producer_type=row.producer_type,
            tax_code=row.producer_tax_code,
            province_code=row.province,
            street_address=row.address,
            phone=row.phone,
        ),
    )
    plan.producers.assign(producer, _commune(producer, row))
    existing.producers.add(producer)  # later rows find it, also by a new tax code
    return producer


def _commune(producer, row: Row) -> dict:
    """The commune a row gives; a guess never replaces a verified commune."""
    if row.commune:
        return {"commune_code": row.commune, "commune_unverified": False}
    verified = producer.commune_code and not producer.commune_unverified
    if row.commune_text and not verified:
        return {"commune_code": "", "commune_text": row.commune_text, "commune_unverified": True}
    return {}


def _product(plan: Plan, row: Row, producer):
    key = product_key(identity(producer), row.product_name)
    product = plan.existing.products.get(key)
    if product is None:
        product = plan.products.create(
            Product(
                producer=producer,
                product_class=product_class_for(
                    row.product_group, plan.existing.product_classes
                ),
                structure=Product.STANDALONE,
                slug=slugify(row.product_name)[:_SLUG_LENGTH],
            )
        )
        plan.existing.products[key] = product
    plan.products.assign(product, _given(title=row.product_name, description=row.description))
    if row.gtin and not plan.products.has_assigned(product, "upc"):
        _set_gtin(plan, row, product)
    return product


def _set_gtin(plan: Plan, row: Row, product):
    owner, title = plan.existing.gtin_owners.get(row.gtin, (None, ""))
    if owner is not None and owner != identity(product):
        plan.errors.append(
            RowError(row.line, "gtin", f"GTIN {row.gtin} đã dùng cho sản phẩm “{title}”.")
        )
        return
    plan.existing.gtin_owners[row.gtin] = (identity(product), row.product_name)
    plan.products.assign(product, {"upc": row.gtin})


def _certificate(plan: Plan, row: Row, product):
    certificate = plan.existing.certificates.get(row.certificate_no)
    if certificate is None:
        certificate = plan.certificates.create(
            OCOPCertificate(number=row.certificate_no, product=product)
        )
    elif certificate.product_id != product.pk:
        plan.errors.append(_certificate_elsewhere(row, certificate))
        return
    plan.certificates.assign(
        certificate,
        _given(
            stars=row.stars,
            level=row.certificate_level,
            issued_on=row.issued_on,
            valid_until=row.valid_until,
            score=row.score,
            issued_by=row.issued_by,
        ),
    )


def _certificate_elsewhere(row: Row, certificate) -> RowError:
    owner = Product.objects.select_related("producer").get(pk=certificate.product_id)
    producer = owner.producer.name if owner.producer else "—"
    return RowError(
        row.line,
        "certificate_no",
        f"Giấy chứng nhận {row.certificate_no} đã được ghi cho sản phẩm “{owner.title}” "
        f"của {producer}; sửa trong trang quản trị nếu đó là nhầm lẫn.",
    )


def _link_group(plan: Plan, product, group: str):
    """The product sits under its group's root category, and only that group."""
    category = plan.existing.groups[group]
    links = plan.existing.group_links.get(product.pk, {}) if product.pk else {}
    if category.pk not in links:
        plan.new_links.append(ProductCategory(product=product, category=category))
    stale = [link for category_pk, link in links.items() if category_pk != category.pk]
    plan.stale_links += stale
    if product.pk and (stale or category.pk not in links):
        plan.products.mark_changed(product)


def _set_price(plan: Plan, product, producer, price):
    """The producer's stock record carries the price; stock is the producer's."""
    record = None
    if product.pk:
        record = plan.existing.stockrecords.get((product.pk, producer.pk))
    if record is None:
        plan.new_stockrecords.append(
            StockRecord(product=product, partner=producer, price=price, num_in_stock=0)
        )
    elif record.price != price:
        record.price = price
        plan.changed_stockrecords.append(record)
    else:
        return
    if product.pk:
        plan.products.mark_changed(product)
