"""The VAT rate (thuế suất GTGT) of what is sold, for e-invoices.

Prices here are tax inclusive and the purchase strategy adds no tax line
(``shop.partner.strategy``), but the e-invoice (hóa đơn điện tử) each
producer issues needs the rate of every line. The rate of a product is its
``vat_rate`` attribute (Oscar's product attributes: 0, 5, 8 or 10 for
goods taxed differently) or else ``OCOP_DEFAULT_VAT_RATE``. It is kept on
the order line when the order is placed (Oscar's ``Line.tax_code``, "VAT
rate code"), so a later change of rate does not rewrite past invoices.
"""
from decimal import Decimal, InvalidOperation

from django.conf import settings

ATTRIBUTE = "vat_rate"


def normalise(value) -> str:
    """A rate as a plain percentage ("10", "5", "0"), or "" when it is not one."""
    try:
        rate = Decimal(str(value).strip().rstrip("%").replace(",", "."))
    except (InvalidOperation, ValueError):
        return ""
    if not rate.is_finite() or not 0 <= rate <= 100:
        return ""
    return format(rate.normalize(), "f")


def default_rate() -> str:
    return normalise(settings.OCOP_DEFAULT_VAT_RATE)


def rate_for(product) -> str:
    """The product's own ``vat_rate`` attribute if it has a valid one, else the default."""
    if product is not None and product.pk:
        value = (
            product.attribute_values.filter(attribute__code=ATTRIBUTE)
            .values_list("value_text", "value_integer", "value_float")
            .first()
        )
        for candidate in value or ():
            if candidate not in (None, "") and normalise(candidate):
                return normalise(candidate)
    return default_rate()


def line_rate(line) -> str:
    """The rate kept on an order line; orders placed before it was kept ask the product."""
    return normalise(line.tax_code or "") or rate_for(line.product)
