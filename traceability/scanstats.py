"""Scan counts for the producer's back office: per code, per batch, per day.

Counts are of scans a person makes (page views and redirects; linkset and
HEAD requests are machines), over the last ``DAYS`` days, each table one
grouped query whatever the number of scans, so the page costs a constant
number of queries.
"""
import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from . import digital_link
from .models import ScanRecord

DAYS = 30
TOP_CODES = 50


@dataclass(frozen=True)
class CodeCount:
    title: str
    lot: str | None
    serial: str | None
    path: str | None  # the Digital Link path when the product has a GTIN
    scans: int


def human_scans(products, days: int = DAYS):
    """The scans of ``products`` (a queryset) people made in the last ``days`` days."""
    since = timezone.now() - dt.timedelta(days=days)
    return ScanRecord.objects.filter(
        product__in=products, answer__in=ScanRecord.HUMAN_ANSWERS, scanned_at__gte=since
    )


def per_code(scans, limit: int = TOP_CODES) -> list[CodeCount]:
    rows = (
        scans.values("product__title", "product__upc", "batch__lot", "serial__serial")
        .annotate(scans=Count("pk"))
        .order_by("-scans", "product__title", "batch__lot", "serial__serial")[:limit]
    )
    return [
        CodeCount(
            title=row["product__title"], lot=row["batch__lot"], serial=row["serial__serial"],
            path=_path(row), scans=row["scans"],
        )
        for row in rows
    ]


def _path(row) -> str | None:
    if not row["product__upc"]:
        return None
    try:
        return digital_link.build_path(
            row["product__upc"], row["batch__lot"], row["serial__serial"]
        )
    except digital_link.Malformed:
        return None


def per_batch(scans):
    return list(
        scans.exclude(batch=None)
        .values("batch_id", "batch__lot", "product__title")
        .annotate(scans=Count("pk"))
        .order_by("-scans", "batch__lot")
    )


def per_day(scans, days: int = DAYS) -> list[tuple[dt.date, int]]:
    """Every day of the window (zero days included), in Việt Nam's calendar."""
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    counted = dict(
        scans.annotate(day=TruncDate("scanned_at", tzinfo=tz))
        .values("day")
        .annotate(scans=Count("pk"))
        .values_list("day", "scans")
    )
    today = timezone.localdate()
    return [
        (day, counted.get(day, 0))
        for day in (today - dt.timedelta(days=n) for n in range(days - 1, -1, -1))
    ]
