"""The embedded backend's index: one row per product, folded text and facets.

See search/backends/embedded.py for why a table of our own rather than
SQLite FTS5 or PostgreSQL full-text search.
"""
from django.db import models

#: The columns that decide whether a row is listed today.
_SPAN = ["listed_until", "listed_from", "listed_in_parts"]
#: The facet columns (search/facets.py) and their short names in index names.
_FACET_NAMES = [("stars", "stars"), ("group", "group"), ("province", "province"),
                ("producer_type", "type"), ("price_band", "band")]


class IndexedProduct(models.Model):
    product = models.OneToOneField(
        "catalogue.Product", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    #: Folded words padded with spaces: " banh gai tu tru ".
    title = models.TextField(blank=True)
    producer = models.TextField(blank=True)
    body = models.TextField(blank=True)
    stars = models.PositiveSmallIntegerField(null=True)
    group = models.CharField(max_length=32, blank=True)
    province = models.CharField(max_length=2, blank=True)
    producer_type = models.CharField(max_length=8, blank=True)
    price = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    price_band = models.PositiveSmallIntegerField(default=0)
    date_created = models.DateTimeField(null=True)
    producer_ref = models.ForeignKey(
        "partner.Partner", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: When the product is listed (catalog.managers.listing_windows): from
    #: the first day of its earliest window to the last day of its latest,
    #: compared with today at query time. Null: never listed (not public,
    #: no valid certificate). ``listed_in_parts``: the windows have gaps
    #: (a certificate lapsed and a later one was granted), so within the
    #: span the catalogue's rule itself decides.
    listed_from = models.DateField(null=True)
    listed_until = models.DateField(null=True)
    listed_in_parts = models.BooleanField(default=False)

    class Meta:
        # Browsing everything counts each facet over every listed product:
        # each count is an ordered walk of one index holding that facet and
        # the listing span, never a read of the rows. Two per facet: a
        # narrow one for browsing with no filter (the catalogue's first
        # page), and one also holding the other facets, so a count under
        # other filters is still answered from the index alone. Measured
        # at 20,000 products on SQLite: unfiltered browsing 27 -> 20 ms with
        # the narrow ones; 4-24 ms per facet reading rows before either.
        # The first page of "newest" or "price" stops after a page.
        indexes = [
            *(models.Index(fields=[field, *_SPAN], name=f"search_all_{name}")
              for field, name in _FACET_NAMES),
            *(models.Index(fields=[field, *(f for f, _n in _FACET_NAMES if f != field), *_SPAN],
                           name=f"search_browse_{name}")
              for field, name in _FACET_NAMES),
            models.Index(fields=["date_created", *_SPAN], name="search_browse_newest"),
            models.Index(fields=["price", *_SPAN], name="search_browse_price"),
        ]

    def __str__(self):
        return self.title.strip()


class IndexedWord(models.Model):
    """One distinct folded word of a product (title, producer or description).

    The inverted index: a query word's prefix is a range over ``word``'s
    B-tree, so the products matching a query are found without reading
    every row of :class:`IndexedProduct`.
    """

    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    #: ``db_index`` also gives PostgreSQL the ``varchar_pattern_ops`` index
    #: that ``LIKE 'word%'`` needs there.
    word = models.CharField(max_length=40, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["word", "product"], name="search_word_prefix")]
        constraints = [models.UniqueConstraint(fields=["product", "word"],
                                               name="search_word_once_per_product")]

    def __str__(self):
        return self.word


class IndexState(models.Model):
    """One row: a random token replaced on every index write.

    Cached search results (search/backends/embedded.py) are keyed by it, so
    any change to the index, in any process, retires them. It lives in the
    database rather than in the cache so that a rolled-back transaction
    rolls the token back with the rows it describes.
    """

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token
