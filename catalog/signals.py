"""Signals the catalogue sends.

``products_imported`` tells other apps (search, say) which products a bulk
import wrote: ``bulk_create`` and ``bulk_update`` send no ``post_save``,
and catalog may not import the apps that care.
"""
from django.dispatch import Signal

#: Sent inside the import's transaction with ``pks``: the products written.
products_imported = Signal()
