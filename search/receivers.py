"""Index updates follow saves and deletes.

Everything a product's index entry reads (search/documents.py) is watched:
the product, its certificates, categories and stock records, and its
producer (name, province, type). Whether a product is *listed* is not
indexed but checked at query time, so an expiry needs no update at all.
"""
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from oscar.core.loading import get_model

from catalog.signals import products_imported

from .indexing import update_products

Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
StockRecord = get_model("partner", "StockRecord")
Partner = get_model("partner", "Partner")


@receiver(post_save, sender=Product)
@receiver(post_delete, sender=Product)
def product_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    update_products([instance.pk, instance.parent_id])


@receiver(post_save, sender=OCOPCertificate)
@receiver(post_delete, sender=OCOPCertificate)
@receiver(post_save, sender=ProductCategory)
@receiver(post_delete, sender=ProductCategory)
@receiver(post_save, sender=StockRecord)
@receiver(post_delete, sender=StockRecord)
def part_changed(sender, instance, raw=False, origin=None, **kwargs):
    # A product being deleted takes its parts with it (and its index row by
    # cascade): re-indexing it from a part's post_delete would re-insert a
    # row for a product about to vanish.
    if raw or isinstance(origin, Product) or getattr(origin, "model", None) is Product:
        return
    update_products([instance.product_id])


@receiver(m2m_changed, sender=Product.categories.through)
def categories_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if reverse:  # category.product_set.add(...)
        update_products(pk_set or [])
    else:
        update_products([instance.pk])


@receiver(products_imported)
def products_were_imported(sender, pks, **kwargs):
    """``import_ocop`` writes in bulk, which sends no post_save."""
    update_products(pks)


@receiver(post_save, sender=Partner)
def producer_changed(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        update_products(Product.objects.filter(producer=instance).values_list("pk", flat=True))


def fill_empty_index(sender, **kwargs):
    """After ``migrate``: an empty embedded index over an existing catalogue
    (a site upgraded to this search) is built once, so the catalogue is
    never blank. Later changes follow the receivers above."""
    from .backends import EMBEDDED, backend_path
    from .indexing import rebuild

    IndexedProduct = get_model("search", "IndexedProduct")
    if backend_path() != EMBEDDED or IndexedProduct.objects.exists():
        return
    if Product.objects.filter(parent=None).exists():
        rebuild()
