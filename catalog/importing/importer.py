"""Importing a published OCOP certificate list: read, check, plan, write.

The one entry point the command calls. It keeps the command's promise:
either every row is good and everything is written in one transaction, or
nothing changes and every problem is reported. Writes are bulk operations
in batches, because a national list (about 18,000 certificates) must import
in well under a minute, and ``bulk_create`` skips ``save()``: the slugs,
codes and timestamps ``save()`` would fill are filled in ``plan.py`` and
here.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from oscar.apps.catalogue.receivers import refresh_materialized_view
from oscar.core.loading import get_model
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from shop.locks import one_at_a_time

from ..signals import products_imported
from .errors import RowsRefused
from .existing import unique_value
from .plan import Changes, Counts, Plan, make_plan
from .reader import read_table
from .rows import validate

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

BATCH_SIZE = 500
#: Files with more rows than this show a progress bar.
PROGRESS_FROM_ROWS = 1000
_SKU_LENGTH = StockRecord._meta.get_field("partner_sku").max_length


@dataclass
class Result:
    rows: int
    dry_run: bool
    counts: list[tuple[str, Counts]]
    ignored_columns: list[str]
    #: Lines whose commune is not on today's list (kept as text, flagged).
    unverified_commune_lines: list[int]


def _no_progress(iterable, **_kwargs):
    return iterable


def import_file(path, *, dry_run=False, progress=None) -> Result:
    """Import ``path`` (CSV or XLSX); raises ImportRefused, changing nothing.

    ``progress(iterable, desc=..., total=...)`` wraps long loops (tqdm's
    signature); it is used only for files of more than PROGRESS_FROM_ROWS.
    """
    table = read_table(path)
    if progress is None or len(table.rows) <= PROGRESS_FROM_ROWS:
        progress = _no_progress
    rows, errors, ignored = validate(
        table,
        progress=lambda items: progress(items, desc="Kiểm tra", total=len(items), unit=" dòng"),
    )
    with transaction.atomic():
        one_at_a_time("catalog.import_ocop")  # see shop/locks.py
        plan = make_plan(rows)
        errors += plan.errors
        if errors:
            raise RowsRefused(errors)
        if not dry_run:
            _write(plan, progress)
    return Result(
        rows=len(table.rows),
        dry_run=dry_run,
        counts=plan.counts(),
        ignored_columns=ignored,
        unverified_commune_lines=[row.line for row in rows if row.commune_unverified],
    )


def _write(plan: Plan, progress):
    steps = [
        lambda: _save_product_class(plan),
        lambda: _save(Partner, plan.producers),
        lambda: _save(Product, plan.products),
        lambda: _save_group_links(plan),
        lambda: _save_stockrecords(plan),
        lambda: _save(OCOPCertificate, plan.certificates),
    ]
    for step in progress(steps, desc="Ghi", total=len(steps), unit=" bước"):
        step()
    products_imported.send(sender=Product, pks=_written_products(plan))


def _written_products(plan: Plan) -> set:
    """Products whose own rows, or whose producer, certificates, groups or
    prices the import wrote (what a search document reads)."""
    pks = {p.pk for p in (*plan.products.created, *plan.products.updated)}
    pks |= {c.product_id for c in (*plan.certificates.created, *plan.certificates.updated)}
    pks |= {r.product_id for r in (*plan.new_links, *plan.new_stockrecords,
                                   *plan.changed_stockrecords)}
    renamed = [producer.pk for producer in plan.producers.updated]
    if renamed:
        pks |= set(Product.objects.filter(producer__in=renamed).values_list("pk", flat=True))
    return pks


#: The reason recorded in a certificate's audit history for imported changes.
IMPORT_REASON = "import_ocop"


def _save_product_class(plan: Plan):
    for product_class in plan.existing.product_classes.values():
        if product_class.pk is None:
            product_class.save()


def _save(model, changes: Changes):
    """bulk_create the new, bulk_update the changed (with their timestamps).

    Bulk writes skip django-simple-history's signals, so models with an
    audit history (certificates) get their history rows written alongside.
    """
    tracked = hasattr(model, "history")
    if tracked:
        bulk_create_with_history(
            changes.created, model, batch_size=BATCH_SIZE, default_change_reason=IMPORT_REASON
        )
    else:
        model.objects.bulk_create(changes.created, batch_size=BATCH_SIZE)
    updated = changes.updated
    if not updated:
        return
    fields = changes.changed_fields() + _stamp(model, updated)
    if fields and tracked:
        bulk_update_with_history(
            updated, model, fields, batch_size=BATCH_SIZE, default_change_reason=IMPORT_REASON
        )
    elif fields:
        model.objects.bulk_update(updated, fields, batch_size=BATCH_SIZE)


def _stamp(model, objects) -> list[str]:
    """bulk_update does not run ``auto_now``: set those fields here."""
    names = [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False)]
    now = timezone.now()
    for obj in objects:
        for name in names:
            setattr(obj, name, now)
    return names


def _save_group_links(plan: Plan):
    ProductCategory.objects.bulk_create(plan.new_links, batch_size=BATCH_SIZE)
    ProductCategory.objects.filter(pk__in=plan.stale_links).delete()
    if plan.new_links or plan.stale_links:
        # bulk_create sends no post_save: refresh Oscar's PostgreSQL view once.
        refresh_materialized_view(sender=ProductCategory)


def _save_stockrecords(plan: Plan):
    skus = plan.existing.skus
    for record in plan.new_stockrecords:
        taken = skus[record.partner.pk]
        record.partner_sku = unique_value(f"OCOP-{record.product.pk}", taken, _SKU_LENGTH)
    StockRecord.objects.bulk_create(plan.new_stockrecords, batch_size=BATCH_SIZE)
    fields = ["price", *_stamp(StockRecord, plan.changed_stockrecords)]
    StockRecord.objects.bulk_update(plan.changed_stockrecords, fields, batch_size=BATCH_SIZE)
