"""What goes on a batch's printed labels: one per serial, or the lot's code
repeated. The drawing itself is in :mod:`traceability.labels`.

Labels claim "n★ OCOP", so they are printed only for a product listed
today (the catalogue's rule, through ``Product.is_listed``).
"""
from django.utils.translation import gettext as _

from . import digital_link, labels
from .models import Batch, SerialCode, ShortCode
from .serials import serial_url


class CannotPrint(ValueError):
    """The labels asked for cannot be printed; the text says why."""


def _check(batch: Batch, count: int) -> None:
    if not batch.product.is_listed:
        raise CannotPrint(
            _("Sản phẩm không còn được chứng nhận OCOP: không in tem cho lô %s.") % batch.lot
        )
    if not 1 <= count <= labels.MAX_LABELS:
        raise CannotPrint(_("Số tem phải từ 1 đến %d.") % labels.MAX_LABELS)


def _label(batch: Batch, url: str, path: str) -> labels.Label:
    product = batch.product
    certificate = product.certificate
    return labels.Label(
        url=url,
        title=product.get_title(),
        stars=certificate.stars if certificate else None,
        certificate=certificate.number if certificate else "",
        code=path,
    )


def product_path(product) -> str | None:
    """The product's own code: its Digital Link, or a short code made once.

    None when a GTIN is on file but cannot be encoded (a bad check digit).
    """
    if product.upc:
        try:
            return digital_link.build_path(product.upc)
        except digital_link.Malformed:
            return None
    code = ShortCode.objects.filter(
        product=product, batch__isnull=True, serial__isnull=True
    ).order_by("pk").first()
    if code is None:
        code = ShortCode.objects.create(product=product)
    return f"/t/{code.token}"


def lot_path(batch: Batch) -> str:
    """The lot's own code: its Digital Link, or a short code made once."""
    product = batch.product
    if product.upc:
        return digital_link.build_path(product.upc, batch.lot)
    code = ShortCode.objects.filter(batch=batch, serial__isnull=True).order_by("pk").first()
    if code is None:
        code = ShortCode.objects.create(product=product, batch=batch)
    return f"/t/{code.token}"


def lot_labels(batch: Batch, base_url: str, copies: int) -> list[labels.Label]:
    """The lot's code, ``copies`` times."""
    _check(batch, copies)
    try:
        path = lot_path(batch)
        label = _label(batch, base_url.rstrip("/") + path, path)
    except digital_link.Malformed as error:
        raise CannotPrint(str(error)) from None
    return [label] * copies


def serial_labels(batch: Batch, base_url: str, serials=None) -> list[labels.Label]:
    """One label per serial (the given ones, or all of the batch's)."""
    if serials is None:
        serials = list(
            SerialCode.objects.filter(batch=batch).select_related("short_code").order_by("pk")
        )
    _check(batch, len(serials))
    made = []
    for serial in serials:
        url = serial_url(base_url, batch, serial)
        made.append(_label(batch, url, url.removeprefix(base_url.rstrip("/"))))
    return made


def sheet_for(batch: Batch, base_url: str, copies: int | None = None, serials=None) -> bytes:
    """The PDF: the lot code ``copies`` times, else one label per serial."""
    chosen = (
        lot_labels(batch, base_url, copies) if copies else serial_labels(batch, base_url, serials)
    )
    return labels.label_sheet(chosen, title=f"{batch.product.get_title()} – {batch.lot}")
