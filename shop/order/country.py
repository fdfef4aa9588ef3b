"""Vietnam, the one country we ship to, as Oscar's ``Country`` row.

Created by a data migration; ``vietnam()`` makes it again where a database
was emptied after migrating (a flushed test database), so checkout never
fails for want of it.
"""
from oscar.core.loading import get_model

VIETNAM = {
    "iso_3166_1_a3": "VNM",
    "iso_3166_1_numeric": "704",
    "printable_name": "Việt Nam",
    "name": "Cộng hòa Xã hội chủ nghĩa Việt Nam",
    "display_order": 1,
    "is_shipping_country": True,
}


def vietnam():
    Country = get_model("address", "Country")
    country, __ = Country.objects.get_or_create(iso_3166_1_a2="VN", defaults=VIETNAM)
    return country
