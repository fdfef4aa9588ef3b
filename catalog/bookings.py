"""Tourism services are booked, not shipped (group 6: du lịch cộng đồng, sinh thái).

A homestay, a community tour or an eco-tourism point is sold for a day and
a party: the customer picks the date of the visit (ngày đến) and the number
of people (số người), and the producer confirms or declines the booking.
Both are Oscar product options (``catalogue.Option``) on the tourism product
class, so Oscar's add-to-basket form asks for them and the basket line and
the order line carry them as line attributes. Prices of the tourism group
are per person ("giá cho một người"), so a booking's quantity is its party
size: Oscar's prices and stock then count people without a pricing rule of
our own (the basket forms keep the two equal).

The rules (how far ahead, how many people) live here, next to the product
class they belong to; ``shop.basket.forms`` applies them.
"""
import datetime as dt

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

#: Option codes, as stored on basket and order line attributes.
DATE_CODE = "booking-date"
PARTY_CODE = "party-size"
#: Product attribute (integer) with a product's own party-size limit.
MAX_PARTY_CODE = "max_party_size"


def booking_window_days() -> int:
    """How many days ahead a visit may be booked."""
    return settings.OCOP_BOOKING_DAYS_AHEAD


def default_max_party() -> int:
    return settings.OCOP_BOOKING_MAX_PARTY


def ensure_booking_options(product_class):
    """Give the (saved) tourism product class its date and party-size options
    and the optional per-product party limit; run after every migrate."""
    from oscar.core.loading import get_model

    Option = get_model("catalogue", "Option")
    ProductAttribute = get_model("catalogue", "ProductAttribute")
    date_option, _created = Option.objects.get_or_create(
        code=DATE_CODE,
        defaults={
            "name": "Ngày đến",
            "type": Option.DATE,
            "required": True,
            "order": 1,
            "help_text": "Ngày bạn bắt đầu sử dụng dịch vụ.",
        },
    )
    party_option, _created = Option.objects.get_or_create(
        code=PARTY_CODE,
        defaults={
            "name": "Số người",
            "type": Option.INTEGER,
            "required": True,
            "order": 2,
            "help_text": "Giá tính cho mỗi người trong đoàn.",
        },
    )
    product_class.options.add(date_option, party_option)
    ProductAttribute.objects.get_or_create(
        product_class=product_class,
        code=MAX_PARTY_CODE,
        defaults={
            "name": "Số khách tối đa mỗi lượt đặt",
            "type": ProductAttribute.INTEGER,
            "required": False,
        },
    )


def is_booking(product) -> bool:
    """A product is booked when it carries the booking-date option.

    Reads the two option relations one by one rather than Oscar's
    ``product.options`` (a union query per product): listing pages prefetch
    both, so a page of product cards costs no query per card.
    """
    options = [*product.get_product_class().options.all(), *product.product_options.all()]
    return any(option.code == DATE_CODE for option in options)


def max_party(product) -> int:
    """The product's own party limit, else the site-wide one."""
    value = getattr(getattr(product, "attr", None), MAX_PARTY_CODE, None)
    try:
        value = int(value)
    except (TypeError, ValueError):
        return default_max_party()
    return value if value > 0 else default_max_party()


def date_problem(value: dt.date) -> str | None:
    """Why a visit on ``value`` cannot be booked today (Asia/Ho_Chi_Minh), or None."""
    today = timezone.localdate()
    last = today + dt.timedelta(days=booking_window_days())
    if value < today:
        return _("Ngày đến %(date)s đã qua: hãy chọn từ hôm nay (%(today)s) trở đi.") % {
            "date": show_date(value),
            "today": show_date(today),
        }
    if value > last:
        return _("Chỉ nhận đặt trước tối đa %(days)d ngày, tức là đến ngày %(last)s.") % {
            "days": booking_window_days(),
            "last": show_date(last),
        }
    return None


def party_problem(value: int, product) -> str | None:
    limit = max_party(product)
    if not 1 <= value <= limit:
        return _("Số người phải từ 1 đến %(max)d.") % {"max": limit}
    return None


def show_date(value) -> str:
    """A date (or its ISO string, as line attributes keep it) as people write it."""
    if isinstance(value, str):
        value = parse_date(value) or value
    if isinstance(value, dt.date):
        # Vietnamese write 06/12/2026; English gets its month by name.
        vietnamese = (translation.get_language() or "vi").startswith("vi")
        return formats.date_format(value, "d/m/Y" if vietnamese else "DATE_FORMAT")
    return str(value)


def option_label(option) -> str:
    """The option's name in the current language (Option.name is stored once)."""
    labels = {DATE_CODE: _("Ngày đến"), PARTY_CODE: _("Số người")}
    return labels.get(option.code, option.name)


def describe(title, attributes) -> str:
    """A line's title with its booking, e.g. "Homestay (Ngày đến: 01/05/2026, Số người: 4)".

    Oscar prints ``line.description`` on the basket, checkout, thank-you and
    order pages; its own shows dates as ISO strings in quotes.
    """
    parts = []
    for attribute in attributes:
        value = attribute.value
        if attribute.option.type == attribute.option.DATE:
            value = show_date(value)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        parts.append(f"{option_label(attribute.option)}: {value}")
    return f"{title} ({', '.join(parts)})" if parts else str(title)
