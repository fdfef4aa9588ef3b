"""From a scanned code to what it identifies, and the scan log.

Views call :func:`resolve_digital_link` / :func:`resolve_short_code` and
:func:`log_scan`; nothing here knows about HTTP beyond the client address
it coarsens. A product that never held an OCOP certificate is unknown
(the catalogue's ``certified()`` queryset decides), one that lost it still
resolves so that old packages keep working and say why.
"""
from __future__ import annotations

import ipaddress
import logging
import re
from dataclasses import dataclass

from django.db import DatabaseError, transaction
from django.db.models import Prefetch
from django.utils import timezone
from oscar.core.loading import get_model

from . import digital_link
from .models import Batch, RawMaterialZone, ScanRecord, SerialCode, ShortCode, TraceEvent

logger = logging.getLogger(__name__)

#: Short code tokens (``secrets.token_urlsafe``).
TOKEN = re.compile(r"[A-Za-z0-9_-]{1,32}")


class Unknown(LookupError):
    """Well-formed, but nothing of ours answers to it (404)."""


@dataclass
class Resolution:
    kind: str  # ScanRecord.Kind
    product: object
    batch: Batch | None = None
    serial: SerialCode | None = None
    #: The path that identifies the code on our domain (trace page).
    path: str = ""


def _products():
    Product = get_model("catalogue", "Product")
    return Product.objects.certified().base_queryset().prefetch_related("images")


def _batches():
    return Batch.objects.prefetch_related(
        Prefetch(
            "zones",
            queryset=RawMaterialZone.objects.prefetch_related("certifications"),
        ),
        Prefetch("events", queryset=TraceEvent.objects.select_related("zone")),
    )


def resolve_digital_link(link: digital_link.DigitalLink) -> Resolution:
    product = _products().filter(upc=link.gtin).first()
    if product is None:
        raise Unknown(f"GTIN {link.gtin}")
    batch = serial = None
    if link.lot is not None:
        batch = _batches().filter(product=product, lot=link.lot).first()
        if batch is None:
            raise Unknown(f"lot {link.lot}")
    if link.serial is not None:
        serials = SerialCode.objects.filter(serial=link.serial)
        serials = serials.filter(batch=batch) if batch else serials.filter(batch__product=product)
        serial = serials.first()
        if serial is None:
            raise Unknown(f"serial {link.serial}")
        if batch is None:
            batch = _batches().get(pk=serial.batch_id)
        serial.batch = batch
    return Resolution(ScanRecord.Kind.DIGITAL_LINK, product, batch, serial, link.path)


def resolve_short_code(token: str) -> Resolution:
    code = ShortCode.objects.filter(token=token).select_related("serial").first()
    if code is None:
        raise Unknown(f"token {token}")
    product = _products().filter(pk=code.product_id).first()
    if product is None:
        raise Unknown(f"token {token}")
    batch_id = code.batch_id or (code.serial.batch_id if code.serial else None)
    batch = _batches().get(pk=batch_id) if batch_id else None
    if code.serial:
        code.serial.batch = batch
    return Resolution(ScanRecord.Kind.SHORT_CODE, product, batch, code.serial, f"/t/{token}")


def check_token(token: str) -> str:
    if not TOKEN.fullmatch(token or ""):
        raise digital_link.Malformed("Mã ngắn không hợp lệ (malformed short code)")
    return token


def resolve_path(path: str) -> Resolution:
    """A canonical code path as printed (``/01/…`` or ``/t/{token}``)."""
    if path.startswith("/t/"):
        return resolve_short_code(check_token(path[3:].rstrip("/")))
    return resolve_digital_link(digital_link.parse(path))


def code_path(product, batch=None, serial=None) -> str | None:
    """The canonical Digital Link path for a product (None without a GTIN)."""
    if not product.upc:
        return None
    try:
        return digital_link.build_path(
            product.upc, batch.lot if batch else None, serial.serial if serial else None
        )
    except digital_link.Malformed:
        return None


def coarse_network(address: str | None, v4_prefix: int = 16, v6_prefix: int = 32) -> str:
    """IPv4 /16 or IPv6 /32 prefix: enough to tell places apart, not people."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return ""
    prefix = v4_prefix if ip.version == 4 else v6_prefix
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def log_scan(resolution: Resolution, answer: str, address: str | None = None) -> None:
    """Record one resolution. Bookkeeping never makes a scan fail."""
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    try:
        with transaction.atomic():
            ScanRecord.objects.create(
                kind=resolution.kind,
                answer=answer,
                product=resolution.product,
                batch=resolution.batch,
                serial=resolution.serial,
                scanned_at=now,
                network=coarse_network(address),
            )
    except DatabaseError:
        logger.warning("scan not logged for %s", resolution.path, exc_info=True)
