"""Coverage of a province's outlet network: the numbers the Sở reports.

Counts active outlets by type and by commune, lists the communes (2025
list, from ``vietnam_provinces``) without an active outlet, the products
carried (listed ones only, through the listing rule), and the province's
target (``CoverageTarget``) against the actual count.
"""
import csv
import io
from dataclasses import dataclass, field

from django.db.models import Count
from oscar.core.loading import get_model
from vietnam_provinces import Ward

from shop import divisions

from .models import CoverageTarget, Outlet


@dataclass
class Coverage:
    province_code: str
    province_name: str
    target: int | None
    actual: int
    by_type: list = field(default_factory=list)  # [(code, label, count)]
    by_commune: list = field(default_factory=list)  # [(code, name, count)]
    communes_without: list = field(default_factory=list)  # [(code, name)]
    products: list = field(default_factory=list)  # [(title, outlets)]
    communes_total: int = 0

    @property
    def percent_of_target(self):
        return round(100 * self.actual / self.target) if self.target else None


def coverage(province_code: str) -> Coverage:
    Product = get_model("catalogue", "Product")
    active = Outlet.objects.active().filter(province_code=province_code)
    labels = dict(Outlet.Type.choices)
    by_type = [(row["outlet_type"], str(labels.get(row["outlet_type"], row["outlet_type"])),
                row["n"]) for row in active.values("outlet_type").annotate(n=Count("pk"))
               .order_by("-n", "outlet_type")]
    counts = dict(active.exclude(commune_code="").values_list("commune_code")
                  .annotate(n=Count("pk")))
    wards = sorted(((divisions.ward_code(w), w.name) for w in Ward.iter_by_province(
        int(province_code))), key=lambda item: item[1])
    products = (Product.objects.listed()
                .filter(outlet_listings__outlet__in=active)
                .annotate(outlets=Count("outlet_listings__outlet", distinct=True))
                .order_by("title").values_list("title", "outlets"))
    target = CoverageTarget.objects.filter(province_code=province_code).first()
    return Coverage(
        province_code=province_code,
        province_name=divisions.province_name(province_code),
        target=target.outlets_target if target else None,
        actual=active.count(),
        by_type=by_type,
        by_commune=[(code, name, counts[code]) for code, name in wards if code in counts],
        communes_without=[(code, name) for code, name in wards if code not in counts],
        products=list(products),
        communes_total=len(wards),
    )


def _sections(report: Coverage):
    """(sheet title, header, rows): one table per part of the report."""
    yield ("Tổng hợp", ["chỉ tiêu", "giá trị"], [
        ["Tỉnh/thành phố", report.province_name],
        ["Chỉ tiêu số điểm bán", report.target if report.target is not None else ""],
        ["Số điểm bán đang hoạt động", report.actual],
        ["Số xã/phường", report.communes_total],
        ["Số xã/phường có điểm bán", len(report.by_commune)],
        ["Số xã/phường chưa có điểm bán", len(report.communes_without)],
    ])
    yield ("Theo loại", ["mã loại", "loại điểm bán", "số điểm bán"],
           [list(row) for row in report.by_type])
    yield ("Theo xã", ["mã xã", "xã/phường", "số điểm bán"],
           [list(row) for row in report.by_commune])
    yield ("Xã chưa có điểm bán", ["mã xã", "xã/phường"],
           [list(row) for row in report.communes_without])
    yield ("Sản phẩm", ["sản phẩm", "số điểm bán"], [list(row) for row in report.products])


def as_xlsx(report: Coverage) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in _sections(report):
        sheet = workbook.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def as_csv(report: Coverage) -> str:
    """One long table: section, then the section's own columns."""
    out = io.StringIO()
    writer = csv.writer(out)
    for title, header, rows in _sections(report):
        writer.writerow(["mục", *header])
        for row in rows:
            writer.writerow([title, *row])
    return "\ufeff" + out.getvalue()
