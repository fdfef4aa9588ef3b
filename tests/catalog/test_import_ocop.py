"""``manage.py import_ocop FILE``, through the command as operators run it."""

import csv
import datetime as dt
import re
from decimal import Decimal
from io import StringIO
from pathlib import Path

import openpyxl
import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from oscar.core.loading import get_model

from catalog.groups import group_categories

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "ocop-sample.csv"
HEADER = [
    "producer_name",
    "producer_type",
    "producer_tax_code",
    "province",
    "commune",
    "address",
    "phone",
    "product_name",
    "product_group",
    "stars",
    "score",
    "certificate_no",
    "certificate_level",
    "issued_by",
    "issued_on",
    "valid_until",
    "price",
    "gtin",
    "description",
]
# Recent enough to be valid whenever the suite runs in the next years.
ISSUED = dt.date.today() - dt.timedelta(days=200)


def row(**values) -> dict:
    """A good row; tests override what they are about."""
    defaults = {
        "producer_name": "HTX Cói Nga Thanh",
        "producer_type": "HTX",
        "province": "Thanh Hóa",
        "commune": "Xã Nga Sơn",
        "product_name": "Chiếu cói Nga Sơn",
        "product_group": "Thủ công mỹ nghệ",
        "stars": "4",
        "certificate_no": "TH-OCOP-0001",
        "certificate_level": "Cấp tỉnh",
        "issued_by": "UBND tỉnh Thanh Hóa",
        "issued_on": ISSUED.strftime("%d/%m/%Y"),
    }
    return {**defaults, **values}


def write_csv(path: Path, rows, header=HEADER, encoding="utf-8", delimiter=","):
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(path, *args) -> str:
    out = StringIO()
    call_command("import_ocop", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def refused(path, *args) -> str:
    with pytest.raises(CommandError) as excinfo:
        run(path, *args)
    return str(excinfo.value)


def counts(output: str) -> dict:
    """{"Chủ thể": (created, updated, unchanged), ...} from the summary table."""
    found = re.findall(
        r"^(Chủ thể|Sản phẩm|Giấy chứng nhận)\s+(\d+)\s+(\d+)\s+(\d+)$", output, re.M
    )
    return {what: tuple(map(int, numbers)) for what, *numbers in found}


def database() -> dict:
    """Everything an import may touch, to prove that nothing changed."""
    models = (Partner, Product, ProductCategory, StockRecord, OCOPCertificate)
    return {m.__name__: list(m.objects.order_by("pk").values()) for m in models}


# --- Good files -------------------------------------------------------------


@time_machine.travel(dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))
def test_documented_sample_imports_and_is_listed():
    # The sample's certificates are dated; read it on a day they are valid.
    output = run(SAMPLE)

    assert counts(output) == {
        "Chủ thể": (8, 0, 0),
        "Sản phẩm": (10, 0, 0),
        "Giấy chứng nhận": (10, 0, 0),
    }
    assert Product.objects.browsable().count() == 10
    assert "dòng: 7" in output  # Phường Hải Thanh (Nghi Sơn) no longer exists


def test_good_csv_imports_clean_values(tmp_path):
    path = write_csv(
        tmp_path / "ds.csv",
        [
            row(
                producer_tax_code="2801234564",
                commune="Xã Nga Thạch",  # merged in 2025: kept, flagged
                producer_type="hop tac xa",
                price="120.000 ₫",
                gtin="8936123450014",
                issued_on="15/03/2024",
                score="78,5",
                description="Chiếu dệt tay,\nnhuộm màu tự nhiên.",
            ),
            row(
                producer_name="Công ty TNHH Khoai deo Lệ Thủy",
                producer_type="Công ty TNHH",
                province="Quảng Bình",  # merged into Quảng Trị
                commune="Xã Lệ Thủy",
                product_name="Khoai deo Lệ Thủy",
                product_group="Lưu niệm - nội thất - trang trí",  # a 2018 group
                stars="5",
                certificate_no="OCOP-TW-0009",
                certificate_level="Trung ương",
                issued_on=ISSUED.isoformat(),
                valid_until=(ISSUED + dt.timedelta(days=400)).strftime("%d/%m/%Y"),
                price="65,000đ",
            ),
        ],
    )

    output = run(path)

    assert counts(output) == {
        "Chủ thể": (2, 0, 0),
        "Sản phẩm": (2, 0, 0),
        "Giấy chứng nhận": (2, 0, 0),
    }
    htx = Partner.objects.get(name="HTX Cói Nga Thanh")
    assert (htx.producer_type, htx.tax_code, htx.province_code) == ("htx", "2801234564", "38")
    assert (htx.commune_code, htx.commune_text, htx.commune_unverified) == (
        "",
        "Xã Nga Thạch",
        True,
    )
    assert htx.code == "htx-coi-nga-thanh"
    chieu = Product.objects.get(title="Chiếu cói Nga Sơn")
    assert chieu.producer == htx
    assert chieu.upc == "08936123450014"
    assert chieu.slug == "chieu-coi-nga-son"
    assert chieu.description == "Chiếu dệt tay,\nnhuộm màu tự nhiên."
    assert chieu.product_class.name == "Sản phẩm OCOP"
    assert list(chieu.categories.all()) == [group_categories()["thu-cong-my-nghe"]]
    stock = chieu.stockrecords.get()
    assert (stock.partner, stock.price, stock.price_currency) == (htx, Decimal(120000), "VND")
    certificate = chieu.certificates.get()
    assert certificate.number == "TH-OCOP-0001"
    assert (certificate.stars, certificate.score, certificate.level) == (
        4,
        Decimal("78.5"),
        "province",
    )
    assert certificate.issued_on == dt.date(2024, 3, 15)
    assert certificate.valid_until == dt.date(2027, 3, 15)  # issued_on + 36 months

    company = Partner.objects.get(name="Công ty TNHH Khoai deo Lệ Thủy")
    assert (company.producer_type, company.tax_code, company.province_code) == ("dn", "", "44")
    assert company.commune_code and not company.commune_unverified
    khoai = Product.objects.get(title="Khoai deo Lệ Thủy")
    assert not khoai.upc
    assert khoai.stockrecords.get().price == Decimal(65000)
    assert list(khoai.categories.all()) == [group_categories()["thu-cong-my-nghe"]]
    certificate = khoai.certificates.get()
    assert (certificate.stars, certificate.level) == (5, "central")
    assert certificate.valid_until == ISSUED + dt.timedelta(days=400)
    # The listing rule: a valid current certificate lists the product.
    assert set(Product.objects.browsable()) == {chieu, khoai}


def test_product_without_price_is_listed_without_stock_record(tmp_path):
    run(write_csv(tmp_path / "ds.csv", [row(price="")]))

    product = Product.objects.get()
    assert not product.stockrecords.exists()
    assert list(Product.objects.browsable()) == [product]


def test_xlsx_imports_with_typed_cells(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    values = row(
        producer_tax_code=2801234564,  # numeric cells, as Excel stores them
        stars=4,
        score=80,
        issued_on=dt.date(2024, 6, 28),
        price=95000,
        gtin=8936123450045,
    )
    sheet.append([values.get(name) for name in HEADER])
    workbook.save(tmp_path / "ds.xlsx")

    output = run(tmp_path / "ds.xlsx")

    assert counts(output)["Giấy chứng nhận"] == (1, 0, 0)
    product = Product.objects.get()
    assert product.upc == "08936123450045"
    assert product.producer.tax_code == "2801234564"
    assert product.stockrecords.get().price == Decimal(95000)
    certificate = product.certificates.get()
    assert (certificate.issued_on, certificate.valid_until) == (
        dt.date(2024, 6, 28),
        dt.date(2027, 6, 28),
    )


def test_csv_with_bom_imports(tmp_path):
    path = write_csv(tmp_path / "ds.csv", [row()], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")

    run(path)

    assert OCOPCertificate.objects.filter(number="TH-OCOP-0001").exists()


def test_semicolon_csv_from_vietnamese_excel_imports(tmp_path):
    path = write_csv(tmp_path / "ds.csv", [row(price="120.000,00")], delimiter=";")

    run(path)

    assert StockRecord.objects.get().price == Decimal(120000)


def test_empty_lines_are_skipped(tmp_path):
    path = write_csv(tmp_path / "ds.csv", [row()])
    path.write_text(path.read_text(encoding="utf-8") + "\n,,,,\n\n", encoding="utf-8")

    assert counts(run(path))["Giấy chứng nhận"] == (1, 0, 0)


# --- Re-import ----------------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(tmp_path):
    run(SAMPLE)
    before = database()

    output = run(SAMPLE)

    assert counts(output) == {
        "Chủ thể": (0, 0, 8),
        "Sản phẩm": (0, 0, 10),
        "Giấy chứng nhận": (0, 0, 10),
    }
    assert database() == before


def test_reimport_updates_what_changed_and_keeps_what_is_empty(tmp_path):
    run(write_csv(tmp_path / "a.csv", [row(price="120000", phone="0237 3861 245")]))
    stock = StockRecord.objects.get()
    stock.num_in_stock = 40  # the producer's own edit
    stock.save()

    # The next published list: stars changed, no price, no phone.
    output = run(write_csv(tmp_path / "b.csv", [row(stars="5", score="92")]))

    assert counts(output) == {
        "Chủ thể": (0, 0, 1),
        "Sản phẩm": (0, 0, 1),
        "Giấy chứng nhận": (0, 1, 0),
    }
    certificate = OCOPCertificate.objects.get()
    assert (certificate.stars, certificate.score) == (5, Decimal(92))
    stock.refresh_from_db()
    assert (stock.price, stock.num_in_stock) == (Decimal(120000), 40)
    assert Partner.objects.get().phone == "0237 3861 245"


def test_new_price_updates_the_stock_record_but_not_the_stock(tmp_path):
    run(write_csv(tmp_path / "a.csv", [row(price="120000")]))
    StockRecord.objects.update(num_in_stock=40)

    output = run(write_csv(tmp_path / "b.csv", [row(price="135.000 ₫")]))

    assert counts(output)["Sản phẩm"] == (0, 1, 0)
    stock = StockRecord.objects.get()
    assert (stock.price, stock.num_in_stock) == (Decimal(135000), 40)


def test_producer_matched_by_name_and_province_then_by_tax_code(tmp_path):
    run(write_csv(tmp_path / "a.csv", [row()]))  # a household list: no tax code

    output = run(
        write_csv(
            tmp_path / "b.csv",
            [
                row(
                    producer_tax_code="2801234564",
                    certificate_no="TH-OCOP-0002",
                    product_name="Thảm cói",
                )
            ],
        )
    )
    assert counts(output)["Chủ thể"] == (0, 1, 0)
    assert Partner.objects.get().tax_code == "2801234564"

    # Renamed producer, same tax code: still the same producer.
    output = run(
        write_csv(
            tmp_path / "c.csv",
            [row(producer_name="HTX Cói Nga Thanh Mới", producer_tax_code="2801234564")],
        )
    )
    assert counts(output)["Chủ thể"] == (0, 1, 0)
    assert Partner.objects.get().name == "HTX Cói Nga Thanh Mới"


def test_same_name_in_another_province_is_another_producer(tmp_path):
    run(
        write_csv(
            tmp_path / "ds.csv",
            [row(), row(province="Nghệ An", commune="", certificate_no="NA-OCOP-0001")],
        )
    )

    assert sorted(Partner.objects.values_list("province_code", "code")) == [
        ("38", "htx-coi-nga-thanh"),
        ("40", "htx-coi-nga-thanh-2"),
    ]


def test_several_certificates_of_one_product_and_repeated_identical_line(tmp_path):
    first = row()
    renewed = row(certificate_no="TH-OCOP-0099", stars="5", certificate_level="TW")
    output = run(write_csv(tmp_path / "ds.csv", [first, renewed, first]))

    assert counts(output) == {
        "Chủ thể": (1, 0, 0),
        "Sản phẩm": (1, 0, 0),
        "Giấy chứng nhận": (2, 0, 0),
    }
    assert Product.objects.get().certificates.count() == 2


# --- Refused files --------------------------------------------------------------


def test_bad_rows_are_all_listed_and_nothing_changes(tmp_path):
    run(SAMPLE)
    before = database()
    path = write_csv(
        tmp_path / "ds.csv",
        [
            row(certificate_no="OK-1", product_name="Sản phẩm tốt"),
            row(certificate_no="BAD-2", stars="2"),
            row(certificate_no="BAD-3", product_group="Điện tử"),
            row(certificate_no="BAD-4", issued_on="31/02/2024"),
            row(certificate_no="BAD-5", gtin="8936123450015"),
        ],
    )
    # A blank line in the middle: line numbers are the file's own.
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([*lines[:2], "\n", *lines[2:]]), encoding="utf-8")

    message = refused(path)

    assert "4 lỗi" in message
    assert "Dòng 4, cột stars" in message
    assert "Dòng 5, cột product_group" in message
    assert "Dòng 6, cột issued_on" in message
    assert "Dòng 7, cột gtin" in message
    assert "Dòng 2" not in message and "Dòng 3" not in message
    assert database() == before


def test_line_numbers_count_lines_inside_quoted_cells(tmp_path):
    path = write_csv(
        tmp_path / "ds.csv",
        [row(description="Dòng một\nDòng hai"), row(certificate_no="TH-2", stars="6")],
    )

    assert "Dòng 4, cột stars" in refused(path)


def test_score_that_does_not_match_the_stars_is_refused(tmp_path):
    message = refused(write_csv(tmp_path / "ds.csv", [row(stars="5", score="85")]))

    assert "Dòng 2, cột stars" in message
    assert "4 sao" in message
    assert not OCOPCertificate.objects.exists()


def test_conflicting_repeat_of_a_certificate_is_refused(tmp_path):
    path = write_csv(tmp_path / "ds.csv", [row(), row(stars="3")])

    message = refused(path)

    assert "Dòng 3, cột certificate_no" in message
    assert "dòng 2" in message and "stars" in message
    assert not Product.objects.exists()


def test_gtin_of_another_product_is_refused(tmp_path):
    path = write_csv(
        tmp_path / "ds.csv",
        [
            row(gtin="8936123450014"),
            row(product_name="Thảm cói", certificate_no="TH-2", gtin="08936123450014"),
        ],
    )

    assert "Dòng 3, cột gtin" in refused(path)
    assert not Product.objects.exists()


def test_certificate_number_of_another_product_is_refused(tmp_path):
    run(write_csv(tmp_path / "a.csv", [row()]))

    path = write_csv(tmp_path / "b.csv", [row(product_name="Thảm cói")])

    assert "Dòng 2, cột certificate_no" in refused(path)
    assert Product.objects.count() == 1


def test_dry_run_reports_and_writes_nothing(tmp_path):
    before = database()

    output = run(SAMPLE, "--dry-run")

    assert "Chạy thử" in output
    assert counts(output)["Giấy chứng nhận"] == (10, 0, 0)
    assert database() == before


def test_dry_run_still_refuses_bad_rows(tmp_path):
    message = refused(write_csv(tmp_path / "ds.csv", [row(stars="2")]), "--dry-run")

    assert "Dòng 2, cột stars" in message


def test_missing_columns_are_listed(tmp_path):
    header = [name for name in HEADER if name not in ("stars", "certificate_no")]
    path = write_csv(tmp_path / "ds.csv", [], header=header)

    message = refused(path)

    assert "Thiếu cột bắt buộc: stars, certificate_no" in message


def test_csv_not_in_utf8_is_refused_clearly(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes(",".join(HEADER).encode() + "\nHTX Cói,HTX".encode("cp1258"))

    message = refused(path)

    assert "không phải CSV UTF-8" in message


@pytest.mark.parametrize(
    "name, content",
    [
        ("ds.xlsx", b"PK\x03\x04 not really a zip"),
        ("ds.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)),
        ("ds.pdf", b"%PDF-1.4\n\x00\x01\x02"),
    ],
)
def test_file_that_is_not_csv_or_xlsx_is_refused_clearly(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)

    message = refused(path)

    assert message.startswith(f"Không nhập {path}")
    assert "Traceback" not in message


# --- The forms people type ------------------------------------------------------


def _certificate():
    return OCOPCertificate.objects.select_related("product__producer").get()


@pytest.mark.parametrize(
    "values, read, expected",
    [
        ({"price": "120000"}, lambda: StockRecord.objects.get().price, 120000),
        ({"price": "120.000"}, lambda: StockRecord.objects.get().price, 120000),
        ({"price": "120,000đ"}, lambda: StockRecord.objects.get().price, 120000),
        ({"price": "120.000 VNĐ"}, lambda: StockRecord.objects.get().price, 120000),
        ({"issued_on": "2024-03-15"}, lambda: _certificate().issued_on, dt.date(2024, 3, 15)),
        ({"issued_on": "15.03.2024"}, lambda: _certificate().issued_on, dt.date(2024, 3, 15)),
        ({"stars": "4 sao"}, lambda: _certificate().stars, 4),
        ({"stars": "★★★★★"}, lambda: _certificate().stars, 5),
        (
            {"certificate_level": "huyện", "issued_on": "01/02/2025"},
            lambda: _certificate().level,
            "district",
        ),
        ({"certificate_level": "TW"}, lambda: _certificate().level, "central"),
        (
            {"producer_type": "Hộ kinh doanh"},
            lambda: Partner.objects.get().producer_type,
            "hkd",
        ),
        (
            {"producer_type": "", "producer_name": "Công ty TNHH Nem Hạc Thành"},
            lambda: Partner.objects.get().producer_type,
            "dn",
        ),
        (
            {"province": "TP. Hồ Chí Minh", "commune": ""},
            lambda: Partner.objects.get().province_code,
            "79",
        ),
        ({"province": "38"}, lambda: Partner.objects.get().province_code, "38"),
        (
            {"product_group": "đồ uống"},
            lambda: Product.objects.get().categories.get().slug,
            "do-uong",
        ),
        ({"gtin": "0 12345 67890 5"}, lambda: Product.objects.get().upc, "00012345678905"),
    ],
)
def test_accepted_forms(tmp_path, values, read, expected):
    run(write_csv(tmp_path / "ds.csv", [row(**values)]))

    assert read() == expected


def test_header_names_are_matched_loosely_and_unknown_columns_named(tmp_path):
    header = ["STT", *(name.replace("_", " ").title() for name in HEADER)]
    good = row()
    path = tmp_path / "ds.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerow(["1", *(good.get(name, "") for name in HEADER)])

    output = run(path)

    assert "Bỏ qua cột không dùng: stt." in output
    assert OCOPCertificate.objects.filter(number="TH-OCOP-0001").exists()


def test_excel_unicode_text_utf16_imports(tmp_path):
    run(write_csv(tmp_path / "ds.txt", [row()], encoding="utf-16", delimiter="\t"))

    assert Partner.objects.get().name == "HTX Cói Nga Thanh"


def test_unverified_commune_never_replaces_a_verified_one(tmp_path):
    run(write_csv(tmp_path / "a.csv", [row(commune="Xã Nga Sơn")]))
    verified = Partner.objects.get().commune_code

    output = run(write_csv(tmp_path / "b.csv", [row(commune="Xã Nga Thạch")]))

    assert counts(output)["Chủ thể"] == (0, 0, 1)
    producer = Partner.objects.get()
    assert (producer.commune_code, producer.commune_unverified) == (verified, False)



def test_tourism_services_get_a_class_that_is_not_shipped(tmp_path):
    """Tourism (the sixth group) is visited, not shipped; goods are shipped."""
    path = write_csv(
        tmp_path / "ds.csv",
        [
            row(product_name="Homestay làng cói", product_group="du lịch cộng đồng",
                certificate_no="DL-1"),
            row(product_name="Chiếu cói Nga Sơn", certificate_no="TC-1"),
        ],
    )
    run(path)
    shipping = dict(Product.objects.values_list("title", "product_class__requires_shipping"))
    assert shipping == {"Homestay làng cói": False, "Chiếu cói Nga Sơn": True}


def test_district_level_after_districts_were_abolished_is_refused(tmp_path):
    path = write_csv(
        tmp_path / "ds.csv", [row(certificate_level="Cấp huyện", issued_on="02/07/2025")]
    )
    before = database()
    message = refused(path)
    assert "certificate_level" in message and "01/07/2025" in message
    assert database() == before


def test_imported_certificates_enter_the_audit_history(tmp_path):
    run(write_csv(tmp_path / "a.csv", [row()]))
    certificate = OCOPCertificate.objects.get(number="TH-OCOP-0001")
    assert [h.history_type for h in certificate.history.all()] == ["+"]
    assert certificate.history.first().history_change_reason == "import_ocop"

    run(write_csv(tmp_path / "b.csv", [row(stars="5")]))
    latest = certificate.history.first()
    assert (latest.history_type, latest.stars) == ("~", 5)


def test_imported_products_are_found_by_search_at_once(tmp_path, client):
    """Bulk writes send no post_save: the importer tells the search index itself."""
    run(write_csv(tmp_path / "a.csv", [row(product_name="Chiếu cói Nga Sơn")]))
    response = client.get("/search/", {"q": "chieu coi"})
    assert [p.title for p in response.context["products"]] == ["Chiếu cói Nga Sơn"]

    run(write_csv(tmp_path / "b.csv", [row(product_name="Chiếu cói Nga Sơn", stars="5")]))
    response = client.get("/catalogue/", {"stars": "5"})
    assert [p.title for p in response.context["products"]] == ["Chiếu cói Nga Sơn"]
