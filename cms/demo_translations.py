"""English versions of the demo pages (cms/demo_data.py), by slug.

Each is a Wagtail translation of the Vietnamese page (same place in the
English tree, same slug, so the same URL serves either language by the
visitor's language cookie). Product and producer choices are copied from
the Vietnamese page; only the words change.
"""
from wagtail.models import Locale

DEMO_MARK_EN = "(demo data)"


def _p(text):
    return ("paragraph", f"<p>{text}</p>")


#: slug → English field values.
ENGLISH = {
    "home": {
        "title": "Vietnam's OCOP products",
        "hero_title": "Certified OCOP products, straight from where they are made",
        "hero_text": "<p>Only products holding an OCOP certificate of 3–5 stars that is valid "
                     "today are sold here.</p>",
        "body": [_p("Every product here holds a valid 3–5 star OCOP certificate issued by "
                    "its province or the central government.")],
    },
    "quang-tri": {
        "title": "OCOP products of Quảng Trị",
        "hero_title": "OCOP products of Quảng Trị",
        "hero_text": "<p>Pepper, coffee, fish sauce, brocade… OCOP-certified, from the land "
                     "of Quảng Trị.</p>",
    },
    "tin-tuc": {"title": "News", "intro": "News about the OCOP programme."},
    "su-kien": {"title": "Events", "intro": "OCOP trade fairs, exhibitions and livestream "
                                            "sales sessions."},
    "vung-mien": {"title": "Regions", "intro": "OCOP specialties by province."},
    "tuan-hang-ocop-mien-trung": {
        "title": f"Central Vietnam OCOP week opens {DEMO_MARK_EN}",
        "intro": "Over 300 OCOP products rated 3 to 5 stars from the central provinces "
                 "are on show.",
    },
    "san-pham-duoc-cong-nhan-ocop": {
        "title": f"Nearly 1,000 products certified OCOP this year {DEMO_MARK_EN}",
        "intro": "Provinces keep assessing and rating products against the OCOP criteria.",
        "body": [
            ("heading", {"text": "Only products with a valid certificate are sold",
                         "size": "h2"}),
            _p("An OCOP certificate is valid for 36 months; an expired product leaves the "
               "shop by itself."),
        ],
    },
    "giu-nghe-det-tho-cam": {
        "title": f"Keeping back-strap loom weaving alive {DEMO_MARK_EN}",
        "intro": "Pa Kô women in Tà Rụt keep traditional brocade weaving alive together.",
        "body": [_p("Each piece takes days to weave; its patterns tell of the mountains and "
                    "forests. The cooperative gives the weavers a steady income.")],
    },
    "hoi-cho-ocop-quang-tri": {
        "title": f"Quảng Trị OCOP trade fair {DEMO_MARK_EN}",
        "intro": "Four days showing and selling OCOP products from Quảng Trị and other "
                 "provinces.",
        "place": "Central Square, Đông Hà ward, Quảng Trị",
    },
    "livestream-ho-tieu-ca-phe": {
        "title": f"Livestream: Quảng Trị pepper and coffee {DEMO_MARK_EN}",
        "intro": "Cooperatives present Hướng Hóa pepper and coffee and answer questions live.",
    },
    "dac-san-thanh-hoa": {
        "title": f"Specialties of Thanh Hóa {DEMO_MARK_EN}",
        "intro": "Nem chua, Nga Sơn sedge mats, Tứ Trụ gai cakes and other OCOP products.",
    },
    "dac-san-quang-tri": {
        "title": f"Specialties of Quảng Trị {DEMO_MARK_EN}",
        "intro": "Cùa pepper, Khe Sanh coffee, Bảo Ninh fish sauce, Pa Kô brocade.",
    },
    "qua-tet-ocop": {
        "title": f"OCOP Tết gifts {DEMO_MARK_EN}",
        "intro": "Gifts with the taste of home, every one a currently certified OCOP product.",
    },
}


def translate(page, language_code="en"):
    """Create (or update) and publish the English translation of ``page``.

    Parents are translated first by the caller (top-down), as Wagtail requires.
    """
    fields = ENGLISH.get(page.slug)
    if fields is None:
        return None
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def translate_tree(top):
    """English versions of ``top`` and every page below it that has one."""
    count = 0
    for page in top.get_descendants(inclusive=True).specific().order_by("path"):
        if translate(page) is not None:
            count += 1
    return count

