"""The columns of an OCOP list, and the check of every row on its own.

Each row is parsed completely, even past a first bad cell, so one run lists
every problem in the file. A good row becomes a :class:`Row` of clean values.
What needs the database (which producer, which product, whose GTIN) is
decided later, in ``plan.py``.
"""

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from oscar.core.loading import get_model

from catalog.certificates import default_valid_until
from catalog.certificates import problems as certificate_problems

from . import fields
from .errors import FieldError, FileRefused, RowError
from .reader import RawRow, Table

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    parse: Callable
    required: bool = False


# In the order of the documented file format (README.md ("Importing OCOP certificate lists")).
COLUMNS = (
    Column("producer_name", fields.text(_max_length(Partner, "name")), required=True),
    Column("producer_type", fields.producer_type),
    Column("producer_tax_code", fields.tax_code),
    Column("province", fields.province, required=True),
    # Resolved against the province once the row is parsed (see parse_row).
    Column("commune", fields.text(_max_length(Partner, "commune_text"))),
    Column("address", fields.text(_max_length(Partner, "street_address"))),
    Column("phone", fields.phone(_max_length(Partner, "phone"))),
    Column("product_name", fields.text(_max_length(Product, "title")), required=True),
    Column("product_group", fields.product_group, required=True),
    Column("stars", fields.stars, required=True),
    Column("score", fields.score),
    Column(
        "certificate_no",
        fields.text(_max_length(OCOPCertificate, "number")),
        required=True,
    ),
    Column("certificate_level", fields.certificate_level, required=True),
    Column("issued_by", fields.text(_max_length(OCOPCertificate, "issued_by"))),
    Column("issued_on", fields.date, required=True),
    Column("valid_until", fields.date),
    Column("price", fields.price),
    Column("gtin", fields.gtin),
    Column("description", fields.text(None, multiline=True)),
)
COLUMN_NAMES = [column.name for column in COLUMNS]


@dataclasses.dataclass(frozen=True)
class Row:
    """One certificate line, clean. Empty optional cells are "" or None."""

    line: int = dataclasses.field(compare=False)
    producer_name: str
    producer_type: str
    producer_tax_code: str
    province: str  # current province code
    commune: str  # official commune code, "" if not found
    commune_text: str  # the commune as written, when it is not on today's list
    commune_unverified: bool
    address: str
    phone: str
    product_name: str
    product_group: str
    stars: int
    score: Decimal | None
    certificate_no: str
    certificate_level: str
    issued_by: str
    issued_on: dt.date
    valid_until: dt.date
    price: Decimal | None
    gtin: str  # GTIN-14 or ""
    description: str


def check_header(header: list[str]) -> list[str]:
    """The columns this import does not use; refuses a missing required one."""
    unknown = [name for name in header if name not in COLUMN_NAMES]
    missing = [c.name for c in COLUMNS if c.required and c.name not in header]
    if missing:
        message = f"Thiếu cột bắt buộc: {', '.join(missing)}."
        if unknown:
            message += f" Cột không nhận ra: {', '.join(unknown)}."
        message += f" Các cột của tệp danh sách OCOP: {', '.join(COLUMN_NAMES)}."
        raise FileRefused(message)
    return unknown


def parse_row(raw: RawRow) -> tuple[Row | None, list[RowError]]:
    values, errors = {}, []
    for column in COLUMNS:
        cell = raw.cells.get(column.name)
        values[column.name] = None
        if fields.is_blank(cell):
            if column.required:
                errors.append(RowError(raw.line, column.name, "Bắt buộc, đang để trống."))
            continue
        try:
            values[column.name] = column.parse(cell)
        except FieldError as exc:
            errors.append(RowError(raw.line, column.name, str(exc)))
    if raw.extra:
        errors.append(
            RowError(
                raw.line,
                "(ngoài tiêu đề)",
                f"Dòng có {len(raw.extra)} ô thừa sau cột cuối ({raw.extra[0]!s}…): có "
                "lẽ một giá trị có dấu phẩy mà không đặt trong ngoặc kép.",
            )
        )
    errors += _check_together(raw.line, values)
    if errors:
        return None, errors
    return _row(raw.line, values), []


def _check_together(line: int, values: dict) -> list[RowError]:
    """Rules that involve two cells, checked only when both are readable."""
    found = certificate_problems(
        stars=values["stars"],
        score=values["score"],
        level=values["certificate_level"],
        issued_on=values["issued_on"],
        valid_until=values["valid_until"],
    )
    return [RowError(line, column, message) for column, message in found]


def _row(line: int, values: dict) -> Row:
    commune_code, commune_text, unverified = "", "", False
    if values["commune"]:
        commune_code, commune_text, unverified = fields.commune(
            values["commune"], values["province"]
        )
    producer_type = values["producer_type"] or fields.PRODUCER_TYPES.find(values["producer_name"])
    return Row(
        line=line,
        **{name: values[name] or "" for name in _TEXT_FIELDS},
        producer_type=producer_type or "",
        province=values["province"],
        commune=commune_code,
        commune_text=commune_text,
        commune_unverified=unverified,
        stars=values["stars"],
        score=values["score"],
        issued_on=values["issued_on"],
        valid_until=values["valid_until"] or default_valid_until(values["issued_on"]),
        price=values["price"],
    )


_TEXT_FIELDS = (
    "producer_name",
    "producer_tax_code",
    "address",
    "phone",
    "product_name",
    "product_group",
    "certificate_no",
    "certificate_level",
    "issued_by",
    "gtin",
    "description",
)


def drop_repeated_certificates(rows: list[Row]) -> tuple[list[Row], list[RowError]]:
    """A certificate listed twice: once if the lines agree, else an error.

    Lists are often assembled from several decisions and repeat a line; a
    repeat that disagrees means one of the two is wrong, and which one is
    for a person to say.
    """
    first: dict[str, Row] = {}
    kept, errors = [], []
    for row in rows:
        earlier = first.setdefault(row.certificate_no, row)
        if earlier is row:
            kept.append(row)
        elif earlier != row:
            errors.append(
                RowError(
                    row.line,
                    "certificate_no",
                    f"Số giấy chứng nhận {row.certificate_no} đã có ở dòng {earlier.line} "
                    f"với dữ liệu khác (cột {', '.join(_differences(earlier, row))}).",
                )
            )
    return kept, errors


def _differences(a: Row, b: Row) -> list[str]:
    names = []
    for field in dataclasses.fields(Row):
        column = "commune" if field.name.startswith("commune") else field.name
        differs = field.compare and getattr(a, field.name) != getattr(b, field.name)
        if differs and column not in names:
            names.append(column)
    return names


def validate(table: Table, progress=iter) -> tuple[list[Row], list[RowError], list[str]]:
    """(good rows, errors, ignored columns) for a whole table."""
    ignored = check_header(table.header)
    rows, errors = [], []
    for raw in progress(table.rows):
        row, row_errors = parse_row(raw)
        if row is not None:
            rows.append(row)
        errors += row_errors
    rows, repeat_errors = drop_repeated_certificates(rows)
    return rows, errors + repeat_errors, ignored
