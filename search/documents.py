"""What the index holds for a product, the same for every backend.

Text is folded with :func:`catalog.text.fold` (diacritics and đ→d removed,
case folded) and split into words, so "banh gai tu tru" meets "Bánh gai Tứ
Trụ". Facet values are the ones people refine by (search/facets.py). Whether
the product is listed depends on today's date, so the document carries the
days it is listed on (``catalog.managers.listing_windows``) and each backend
compares them with today at query time.
"""
import re
from dataclasses import dataclass, field

from oscar.core.loading import get_model

from catalog.groups import GROUP_CODES
from catalog.managers import listing_windows
from catalog.text import fold

from .facets import price_band

Product = get_model("catalogue", "Product")

#: Longest word kept (in the index and in queries); longer runs are noise.
MAX_WORD = 40
_WORD = re.compile(r"\w+")


def words(text) -> list[str]:
    """Folded words of a text: "Nước mắm Ba Làng!" -> ["nuoc", "mam", "ba", "lang"]."""
    return [w[:MAX_WORD] for w in _WORD.findall(fold(text or ""))]


def padded(text) -> str:
    """Folded words between single spaces, with one at each end, so that
    ``LIKE '% nuoc%'`` is a word-prefix match and ``'% nuoc %'`` a whole word."""
    found = words(text)
    return f" {' '.join(found)} " if found else ""


def accented(text, sources) -> str:
    """``text``'s words as ``sources`` write them, where one folds to it:
    ("nuoc mam", ["Nước mắm Phú Quốc"]) -> "nước mắm". The index keeps only
    folded words, so a corrected query is given back its accents from the
    products it found before it is shown to people."""
    written = {}
    for source in sources:
        for word in _WORD.findall(source or ""):
            written.setdefault(fold(word)[:MAX_WORD], word.lower())
    return " ".join(written.get(word, word) for word in words(text))


@dataclass
class ProductDocument:
    pk: int
    title: str
    producer: str
    body: str
    stars: int | None
    group: str
    province: str
    producer_type: str
    price: object
    price_band: int
    date_created: object
    category_ids: list = field(default_factory=list)
    producer_id: int | None = None
    raw_title: str = ""
    raw_producer: str = ""
    #: ``[(first day, last day), ...]``: when the catalogue lists it.
    listing_windows: list = field(default_factory=list)

    @property
    def words(self) -> set[str]:
        """Every distinct word of title, producer and description."""
        return set(f"{self.title}{self.producer}{self.body}".split())


def indexing_queryset():
    """Products the index covers (canonical ones; variants follow their
    parent) with everything :func:`document_for` reads, prefetched."""
    return (
        Product.objects.filter(parent=None)
        .base_queryset()
        .prefetch_related("categories")
        .order_by("pk")
    )


def _group(product) -> str:
    for category in product.categories.all():
        code = _root_slug(category)
        if code in GROUP_CODES:
            return code
    return ""


def _root_slug(category) -> str:
    if category.depth == 1:
        return category.slug
    return category.get_root().slug


def _price(product):
    prices = [s.price for s in product.stockrecords.all() if s.price is not None]
    return min(prices) if prices else None


def document_for(product) -> ProductDocument:
    producer = product.producer
    certificate = product.certificate
    price = _price(product)
    categories = list(product.categories.all())
    return ProductDocument(
        pk=product.pk,
        title=padded(product.title),
        producer=padded(producer.name if producer else ""),
        body=padded(product.description),
        stars=certificate.stars if certificate else None,
        group=_group(product),
        province=producer.province_code if producer else "",
        producer_type=producer.producer_type if producer else "",
        price=price,
        price_band=price_band(price),
        date_created=product.date_created,
        category_ids=sorted({c.pk for c in categories}),
        producer_id=producer.pk if producer else None,
        raw_title=product.title,
        raw_producer=producer.name if producer else "",
        listing_windows=listing_windows(product),
    )
