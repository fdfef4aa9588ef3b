"""``export_outlets``: the registry in the import format (CSV or XLSX).

Writes exactly the columns ``import_outlets`` reads, with types and
statuses by their Vietnamese names and hours in OSM opening_hours syntax
(the week, then every dated exception),
so exporting and importing again changes nothing.
"""
import csv
from pathlib import Path

from openpyxl import Workbook

from shop import divisions

from . import openinghours
from .importing import COLUMNS, STATUS_NAMES, TYPE_NAMES
from .models import Outlet


def rows(outlets=None):
    outlets = (outlets if outlets is not None else Outlet.objects.all()).prefetch_related(
        "opening_periods", "opening_exceptions").order_by("province_code", "slug")
    for outlet in outlets:
        yield [
            outlet.name, TYPE_NAMES[outlet.outlet_type], outlet.operator,
            divisions.province_name(outlet.province_code),
            outlet.commune_code, outlet.street_address,
            "" if outlet.latitude is None else str(outlet.latitude),
            "" if outlet.longitude is None else str(outlet.longitude),
            outlet.phone, openinghours.format(outlet.opening_periods.all(),
                                outlet.opening_exceptions.all()),
            outlet.approval_no,
            outlet.approved_on.strftime("%d/%m/%Y") if outlet.approved_on else "",
            STATUS_NAMES[outlet.status],
        ]


def export_file(path, outlets=None) -> int:
    """Write ``path`` (.xlsx, else CSV UTF-8 with BOM for Excel); returns the count."""
    path = Path(path)
    data = list(rows(outlets))
    if path.suffix.lower() == ".xlsx":
        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Điểm bán OCOP"
        sheet.append(COLUMNS)
        for row in data:
            sheet.append(row)
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                cell.number_format = "@"  # text: keeps codes' and phones' leading zeros
        workbook.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            writer.writerows(data)
    return len(data)
