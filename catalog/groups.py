"""The six OCOP product groups (QĐ 919/QĐ-TTg 2022, QĐ 148/QĐ-TTg 2023).

They are the top of the category tree. Lists published before 2022 use the
2018 group names (QĐ 490/QĐ-TTg 2018); those are mapped onto the current six
so old files import cleanly. Both product classes carry an optional
"weight" attribute in kilograms, the one Oscar's weight-based shipping reads.
"""
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

from .bookings import ensure_booking_options
from .text import fold

# code, Vietnamese name (as the decisions write it), English name
GROUPS = [
    ("thuc-pham", "Thực phẩm", _("Food")),
    ("do-uong", "Đồ uống", _("Drinks")),
    ("duoc-lieu", "Dược liệu và sản phẩm từ dược liệu", _("Herbal products")),
    ("thu-cong-my-nghe", "Thủ công mỹ nghệ", _("Handicrafts")),
    ("sinh-vat-canh", "Sinh vật cảnh", _("Ornamental plants and animals")),
    (
        "du-lich",
        "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        _("Community and eco-tourism services"),
    ),
]
GROUP_CODES = [code for code, _vi, _en in GROUPS]

# Other ways the groups are written in published lists: short forms,
# English, and the 2018 groups (vải và may mặc; lưu niệm – nội thất – trang
# trí) that QĐ 919/2022 folded into handicrafts.
_ALIASES = {
    "thuc-pham": ["thuc pham", "food", "1"],
    "do-uong": ["do uong", "drinks", "drink", "beverages", "2"],
    "duoc-lieu": [
        "duoc lieu",
        "thao duoc",
        "san pham tu duoc lieu",
        "herbal",
        "herbal products",
        "3",
    ],
    "thu-cong-my-nghe": [
        "thu cong my nghe",
        "handicrafts",
        "handicraft",
        "vai va may mac",
        "vai, may mac",
        "luu niem - noi that - trang tri",
        "luu niem, noi that, trang tri",
        "luu niem noi that trang tri",
        "4",
    ],
    "sinh-vat-canh": ["sinh vat canh", "ornamental plants and animals", "5"],
    "du-lich": [
        "dich vu du lich",
        "du lich",
        "du lich cong dong",
        "dich vu du lich cong dong",
        "dich vu du lich nong thon",
        "du lich nong thon",
        "tourism",
        "6",
    ],
}


@lru_cache(maxsize=1)
def _index() -> dict:
    index = {}
    for code, vi_name, en_name in GROUPS:
        index[fold(code)] = code
        index[fold(vi_name)] = code
        index[fold(str(en_name))] = code
        for alias in _ALIASES[code]:
            index[fold(alias)] = code
    return index


def find_group(text) -> str | None:
    """The group code for a label people typed, or None if unknown."""
    if text is None:
        return None
    key = fold(str(text)).replace("–", "-")
    return _index().get(key) or _index().get(fold(key.replace("-", " ")))


def group_name(code: str) -> str:
    return next((vi for c, vi, _en in GROUPS if c == code), code)


def ensure_groups():
    """Create the six groups as root categories if they are missing.

    Called after every migrate (receivers.py), so a fresh database, a test
    database and production all have the same top of the tree.
    """
    from oscar.core.loading import get_model

    Category = get_model("catalogue", "Category")
    existing = set(Category.get_root_nodes().values_list("slug", flat=True))
    for code, vi_name, _en_name in GROUPS:
        if code not in existing:
            Category.add_root(name=vi_name, slug=code, is_public=True)
    # Both product classes exist from the start, each with its weight, so
    # every product (imported, demo or made in the dashboard) can carry one.
    for group_code in ("thuc-pham", *SERVICE_GROUPS):
        saved_product_class_for(group_code)
    # Tourism services are booked for a date and a party (catalog/bookings.py).
    for group_code in SERVICE_GROUPS:
        ensure_booking_options(saved_product_class_for(group_code))


def group_categories() -> dict:
    """Root categories by group code."""
    from oscar.core.loading import get_model

    Category = get_model("catalogue", "Category")
    return {c.slug: c for c in Category.get_root_nodes().filter(slug__in=GROUP_CODES)}


# Oscar product classes. Goods are shipped; tourism services (the sixth
# group) are booked and visited, so their class requires no shipping.
SERVICE_GROUPS = frozenset({"du-lich"})
GOODS_CLASS = "Sản phẩm OCOP"
SERVICE_CLASS = "Dịch vụ du lịch OCOP"


def product_class_for(group_code: str, existing: dict | None = None):
    """The product class for a group: from ``existing`` (name -> class),
    else the stored one, else a new *unsaved* one (importers save it only
    when they write)."""
    from oscar.core.loading import get_model

    ProductClass = get_model("catalogue", "ProductClass")
    service = group_code in SERVICE_GROUPS
    name = SERVICE_CLASS if service else GOODS_CLASS
    if existing is not None and name in existing:
        return existing[name]
    product_class = ProductClass.objects.filter(name=name).first() or ProductClass(
        name=name, requires_shipping=not service, track_stock=True
    )
    if existing is not None:
        existing[name] = product_class
    return product_class


#: Oscar's weight-based shipping (``oscar.apps.shipping.scales.Scale``)
#: reads the product attribute with this code, in kilograms.
WEIGHT_CODE = "weight"


def ensure_weight_attribute(product_class):
    """Give a saved product class its optional "weight" attribute (kg)."""
    from oscar.core.loading import get_model

    ProductAttribute = get_model("catalogue", "ProductAttribute")
    ProductAttribute.objects.get_or_create(
        product_class=product_class,
        code=WEIGHT_CODE,
        defaults={
            "name": "Khối lượng (kg)",
            "type": ProductAttribute.FLOAT,
            "required": False,
        },
    )


def saved_product_class_for(group_code: str):
    product_class = product_class_for(group_code)
    if product_class.pk is None:
        product_class.save()
    ensure_weight_attribute(product_class)
    return product_class
