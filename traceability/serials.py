"""Serialised codes for a batch: N random serials and the URLs to print.

Serials come from ``secrets`` (never sequential). A product with a GTIN
gets Digital Link URLs (/01/…/10/…/21/…); one without gets a short code
per serial (/t/…).
"""
from django.conf import settings
from django.db import IntegrityError, transaction

from . import digital_link
from .models import Batch, SerialCode, ShortCode
from .models.codes import new_serial

MAX_PER_RUN = 100_000


def _fresh_serials(batch: Batch, count: int) -> list[str]:
    taken = set(batch.serials.values_list("serial", flat=True))
    fresh: list[str] = []
    while len(fresh) < count:
        serial = new_serial()
        if serial not in taken:
            taken.add(serial)
            fresh.append(serial)
    return fresh


@transaction.atomic
def generate_serials(batch: Batch, count: int) -> list[SerialCode]:
    """Create ``count`` new serials (and short codes where there is no GTIN)."""
    if not 1 <= count <= MAX_PER_RUN:
        raise ValueError(f"count must be between 1 and {MAX_PER_RUN}")
    try:
        created = SerialCode.objects.bulk_create(
            SerialCode(batch=batch, serial=s) for s in _fresh_serials(batch, count)
        )
    except IntegrityError as error:  # a concurrent run drew the same serial
        raise ValueError("serial collision, run again") from error
    if not batch.product.upc:
        codes = ShortCode.objects.bulk_create(
            ShortCode(product_id=batch.product_id, batch=batch, serial=s) for s in created
        )
        for serial, code in zip(created, codes, strict=True):
            serial.short_code = code
    return created


def serial_url(base_url: str, batch: Batch, serial: SerialCode) -> str:
    """The absolute URL a label for this serial encodes."""
    if batch.product.upc:
        return digital_link.build_url(base_url, batch.product.upc, batch.lot, serial.serial)
    code = getattr(serial, "short_code", None)
    if code is None:  # drawn while the product still had a GTIN
        code = ShortCode.objects.create(product_id=batch.product_id, batch=batch, serial=serial)
        serial.short_code = code
    return base_url.rstrip("/") + f"/t/{code.token}"


def default_base_url() -> str:
    """The site address printed in QR codes (setting, else the default Site)."""
    configured = getattr(settings, "OCOP_RESOLVER_BASE_URL", "")
    if configured:
        return configured
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else "http://localhost:8000"
