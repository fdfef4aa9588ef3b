"""The embedded backend's index: one row per product, folded text and facets.

See search/backends/embedded.py for why a table of our own rather than
SQLite FTS5 or PostgreSQL full-text search.
"""
from django.db import models


class IndexedProduct(models.Model):
    product = models.OneToOneField(
        "catalogue.Product", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    #: Folded words padded with spaces: " banh gai tu tru ".
    title = models.TextField(blank=True)
    producer = models.TextField(blank=True)
    body = models.TextField(blank=True)
    stars = models.PositiveSmallIntegerField(null=True, db_index=True)
    group = models.CharField(max_length=32, blank=True, db_index=True)
    province = models.CharField(max_length=2, blank=True, db_index=True)
    producer_type = models.CharField(max_length=8, blank=True)
    price = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    price_band = models.PositiveSmallIntegerField(default=0)
    date_created = models.DateTimeField(null=True)
    producer_ref = models.ForeignKey(
        "partner.Partner", null=True, on_delete=models.SET_NULL, related_name="+"
    )

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
