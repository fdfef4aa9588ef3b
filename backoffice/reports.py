"""A producer's reports: sales and scans by month, and the outlets carrying it.

Months are calendar months in Asia/Ho_Chi_Minh (the site's time zone), the
last twelve including the current one; a month without sales or scans is
shown as 0 so the table always has twelve rows. Each table is one
aggregate query, whatever the number of orders, scans or outlets. The page
and the XLSX export are built from the same ``Table`` objects, so they
cannot disagree.
"""
import datetime as dt
import io
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from shop import divisions

MONTHS = 12
TOP_OUTLETS = 20
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class Table:
    title: str
    header: list
    rows: list = field(default_factory=list)
    #: Columns holding đồng: shown as "120.000 ₫" on the page, numbers in XLSX.
    money: tuple = ()


def _tz():
    return ZoneInfo(settings.TIME_ZONE)


def report_months(now=None) -> list[dt.date]:
    """First days of the last twelve months, oldest first."""
    today = timezone.localtime(now or timezone.now(), _tz()).date()
    index = today.year * 12 + today.month - 1
    return [dt.date(i // 12, i % 12 + 1, 1) for i in range(index - MONTHS + 1, index + 1)]


def _by_month(queryset, date_field, months, **sums):
    """{first day of month: {name: total}} for ``queryset`` since ``months[0]``."""
    start = dt.datetime.combine(months[0], dt.time.min, tzinfo=_tz())
    rows = (queryset.filter(**{f"{date_field}__gte": start})
            .annotate(month=TruncMonth(date_field, tzinfo=_tz()))
            .values("month").annotate(**sums).order_by("month"))
    totals = {}
    for row in rows:
        month = row.pop("month")
        totals[month.date() if isinstance(month, dt.datetime) else month] = row
    return totals


def _month_label(month: dt.date) -> str:
    return f"{month.month:02d}/{month.year}"


def sales(producer, months) -> Table:
    Line = get_model("order", "Line")
    totals = _by_month(Line.objects.filter(partner=producer), "order__date_placed", months,
                       quantity=Sum("quantity"), revenue=Sum("line_price_incl_tax"))
    table = Table(_("Doanh số"), [_("Tháng"), _("Số lượng"), _("Doanh thu (₫)")], money=(2,))
    for month in months:
        row = totals.get(month, {})
        table.rows.append([_month_label(month), row.get("quantity") or 0,
                           int(row.get("revenue") or 0)])
    return table


def scans(producer, months) -> Table:
    ScanRecord = get_model("traceability", "ScanRecord")
    totals = _by_month(ScanRecord.objects.filter(product__producer=producer), "scanned_at",
                       months, scans=Count("pk"))
    table = Table(_("Lượt quét"), [_("Tháng"), _("Lượt quét")])
    for month in months:
        table.rows.append([_month_label(month), totals.get(month, {}).get("scans", 0)])
    return table


def top_outlets(producer) -> Table:
    """Active outlets carrying the producer's listed products, most products first."""
    Product = get_model("catalogue", "Product")
    OutletProduct = get_model("outlets", "OutletProduct")
    rows = (OutletProduct.objects
            .filter(product__in=Product.objects.listed().filter(producer=producer),
                    outlet__status="active")
            .values("outlet_id", "outlet__name", "outlet__province_code")
            .annotate(products=Count("product", distinct=True))
            .order_by("-products", "outlet__name")[:TOP_OUTLETS])
    table = Table(_("Điểm bán"), [_("Điểm bán"), _("Tỉnh/thành"), _("Số sản phẩm bày bán")])
    for row in rows:
        table.rows.append([row["outlet__name"],
                           divisions.province_name(row["outlet__province_code"]),
                           row["products"]])
    return table


def producer_report(producer, now=None) -> list[Table]:
    months = report_months(now)
    return [sales(producer, months), scans(producer, months), top_outlets(producer)]


def as_xlsx(tables) -> bytes:
    """One sheet per table, header in the first row."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(table.title[:31])
        for row in [table.header, *table.rows]:
            sheet.append([str(cell) if not isinstance(cell, int) else cell for cell in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
