"""Keeping the index in step with the catalogue: the public entry points.

Receivers (search/receivers.py) call :func:`update_products` after a save
or delete; ``rebuild_search_index`` calls :func:`rebuild`. Bulk writers
that send no signals (the certificate importer) should call
:func:`update_products` with the primary keys they touched.
"""
from oscar.core.loading import get_model

from .backends import get_backend
from .documents import indexing_queryset

Product = get_model("catalogue", "Product")

BATCH_SIZE = 500


def update_products(pks):
    """Re-index these products; drop the ones that no longer exist.

    A variant's pk re-indexes its parent, which carries the certificate.
    """
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return
    parents = Product.objects.filter(pk__in=pks).exclude(parent=None).values_list(
        "parent_id", flat=True
    )
    pks |= set(parents)
    backend = get_backend()
    for start in range(0, len(pks), BATCH_SIZE):
        chunk = sorted(pks)[start:start + BATCH_SIZE]
        products = list(indexing_queryset().filter(pk__in=chunk))
        if products:
            backend.index(products)
        gone = set(chunk) - {p.pk for p in products}
        if gone:
            backend.remove(gone)


def batches(batch_size=BATCH_SIZE):
    """Every indexable product, ``batch_size`` at a time, by primary key.

    Keyset pagination (``pk > last``) keeps each batch's query as cheap as
    the first and only one batch in memory, however large the catalogue.
    """
    last = 0
    while True:
        batch = list(indexing_queryset().filter(pk__gt=last)[:batch_size])
        if not batch:
            return
        yield batch
        last = batch[-1].pk


def rebuild(batch_size=BATCH_SIZE, progress=None):
    """Index every product; ``progress(n)`` is called after each batch."""
    backend = get_backend()
    seen = 0
    for batch in batches(batch_size):
        backend.index(batch)
        seen += len(batch)
        if progress:
            progress(len(batch))
    return seen
