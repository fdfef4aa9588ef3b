"""Benchmark: ``import_ocop`` on a national-size list (20,000 rows).

About 18,000 certified products exist nationally; the target is a 20,000-row
file in under a minute on SQLite with 2 cores. This prints figures, it does
not assert a time (timed tests fail on busy machines, not on slow code).
Run with ``make bench``.

The test runs in pytest-django's usual transaction (not ``transaction=True``),
so the shared test database is rolled back rather than flushed: a flush
would also delete what migrations created (Wagtail's root page) for the
tests that reuse the database afterwards.
"""

import csv
import random
import re
import time
from io import StringIO

import openpyxl
import pytest
from django.core.management import call_command
from django.db import connection
from stdnum import ean
from stdnum.vn import mst
from vietnam_provinces import Province, Ward

from catalog.importing.rows import COLUMN_NAMES
from shop.divisions import MERGER_CSV
from tests.bench import report

ROWS = 20_000
TYPES = ["HTX", "Hợp tác xã", "Công ty TNHH", "Doanh nghiệp", "Hộ kinh doanh", "hkd", ""]
GROUPS = ["Thực phẩm", "đồ uống", "Dược liệu", "Thủ công mỹ nghệ", "Sinh vật cảnh", "du lịch"]
PRODUCTS = ["Nem chua", "Chè lam", "Bánh gai", "Nước mắm", "Chiếu cói", "Mật ong", "Trà"]
SCORES = {3: (50, 69), 4: (70, 89), 5: (90, 100)}


def _provinces():
    """(name as written, current code): current names and pre-2025 names."""
    names = [(p.name, f"{int(p.code):02d}") for p in Province.iter_all()]
    with MERGER_CSV.open(encoding="utf-8") as fh:
        names += [
            (r["old_province"], f"{int(r['new_province_code']):02d}") for r in csv.DictReader(fh)
        ]
    return names


def _tax_code(n: int) -> str:
    """A valid, unique code, or none where the check digit would be 10."""
    base = f"{10 + n % 89:02d}{n + 1:07d}"
    check = mst.calc_check_digit(base)
    return base + check if len(check) == 1 else ""


def generate(path, rows=ROWS, seed=2025):
    """A good list: ~2 products per producer, mixed forms, some old communes."""
    rng = random.Random(seed)
    provinces = _provinces()
    wards: dict = {}
    for ward in Ward.iter_all():
        wards.setdefault(f"{int(ward.province_code):02d}", []).append(ward.name)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMN_NAMES)
        for n in range(rows):
            producer = n // 2
            p_rng = random.Random(producer)  # same producer details on its rows
            province, code = p_rng.choice(provinces)
            commune = p_rng.choice(wards[code]) if p_rng.random() < 0.8 else f"Xã Cũ {producer}"
            stars = rng.choice((3, 3, 4, 4, 5))
            low, high = SCORES[stars]
            issued = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2023, 2026)}"
            gtin = ""
            if n % 2:
                body = f"893{n:09d}"
                gtin = body + ean.calc_check_digit(body)
            price = rng.choice(["", "", f"{rng.randint(20, 900)}.000 ₫", "150000", "95,000đ"])
            writer.writerow(
                [
                    f"Chủ thể OCOP số {producer}",
                    p_rng.choice(TYPES),
                    _tax_code(producer) if p_rng.random() < 0.5 else "",
                    province,
                    commune,
                    f"Thôn {p_rng.randint(1, 20)}",
                    f"09{p_rng.randint(10_000_000, 99_999_999)}",
                    f"{rng.choice(PRODUCTS)} loại {n}",
                    rng.choice(GROUPS),
                    stars,
                    rng.randint(low, high) if rng.random() < 0.7 else "",
                    f"BENCH-{n:06d}/QĐ-UBND",
                    "Trung ương" if stars == 5 else "tỉnh",
                    f"UBND tỉnh {province}",
                    issued,
                    "",
                    price,
                    gtin,
                    "Sản phẩm đặc sản địa phương.",
                ]
            )
    return path


def as_xlsx(csv_path, xlsx_path):
    """The same list as Excel saves it (with the sheet's dimension recorded)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        for values in csv.reader(fh):
            sheet.append(values)
    workbook.save(xlsx_path)
    return xlsx_path


def _timed(path, *args):
    out = StringIO()
    start = time.perf_counter()
    call_command("import_ocop", str(path), *args, stdout=out, stderr=StringIO())
    return time.perf_counter() - start, out.getvalue()


@pytest.mark.django_db
def test_import_20000_rows(tmp_path):
    path = generate(tmp_path / "ocop-20000.csv")
    xlsx = as_xlsx(path, tmp_path / "ocop-20000.xlsx")
    runs = [
        ("CSV --dry-run", *_timed(path, "--dry-run")),
        ("XLSX --dry-run", *_timed(xlsx, "--dry-run")),
        ("CSV import", *_timed(path)),
        ("CSV import again", *_timed(path)),
    ]

    report.show(
        "import",
        f"import_ocop, {ROWS:,} certificate rows (CSV {path.stat().st_size / 1e6:.1f} MB, "
        f"XLSX {xlsx.stat().st_size / 1e6:.1f} MB, {connection.vendor})",
        report.table(["run", "rows", "seconds", "rows/s"],
                     [[label, ROWS, seconds, round(ROWS / seconds)]
                      for label, seconds, _output in runs]),
        "Target: 20,000 rows in under a minute (2 cores). \"again\" re-imports the same "
        "file (every row unchanged).")
    first, again = runs[2][2], runs[3][2]
    print(first, again, sep="\n")
    assert re.search(rf"Giấy chứng nhận\s+{ROWS}\s+0\s+0$", first, re.M)
    assert re.search(rf"Giấy chứng nhận\s+0\s+0\s+{ROWS}$", again, re.M)
