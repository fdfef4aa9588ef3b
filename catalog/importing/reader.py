"""Reading a CSV or XLSX file into a header and numbered rows of raw cells.

Published OCOP lists arrive as XLSX or as CSV saved by Excel: UTF-8 with or
without a BOM, comma-separated, or semicolon-separated (what Excel writes in
a Vietnamese locale, where the comma is the decimal mark). Both formats
become the same :class:`Table` here, so validation does not care where a
row came from. Line numbers are the ones a person sees in the file: Excel's
row number, or the CSV line where the record starts.
"""

import codecs
import csv
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from catalog.text import fold

from .errors import FileRefused
from .fields import is_blank

_ZIP_MAGIC = b"PK\x03\x04"  # XLSX is a zip archive
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # Excel 97–2003 .xls
_DELIMITERS = (",", ";", "\t")


@dataclass
class RawRow:
    line: int
    cells: dict
    #: Cells beyond the header's last column (an unquoted comma in CSV).
    extra: list = field(default_factory=list)


@dataclass
class Table:
    header: list[str]
    rows: list[RawRow]


def header_name(value) -> str:
    """ "Product name", "product_name " and "PRODUCT_NAME" name one column."""
    return fold(str(value or "")).replace(" ", "_").replace("-", "_")


def read_table(path) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileRefused(f"Không tìm thấy tệp {path}.") from None
    except OSError as exc:
        raise FileRefused(f"Không đọc được tệp {path}: {exc.strerror}.") from None
    if data.startswith(_ZIP_MAGIC):
        rows = _xlsx_rows(data)
    elif data.startswith(_OLE_MAGIC):
        raise FileRefused(
            "Tệp Excel 97–2003 (.xls) không được hỗ trợ: trong Excel chọn Lưu thành "
            "(Save As) › Sổ làm việc Excel (.xlsx) hoặc CSV UTF-8."
        )
    elif path.suffix.lower() == ".xlsx":
        raise FileRefused(f"{path.name} không phải tệp XLSX hợp lệ.")
    else:
        rows = _csv_rows(_decode(data, path))
    return _table(rows, path)


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (BOM or not); UTF-16 with a BOM is Excel's "Unicode Text"."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        content = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileRefused(
            f"{path.name} không phải CSV UTF-8 hay XLSX (dòng {line} có byte không "
            "đọc được). Trong Excel chọn Lưu thành (Save As) › CSV UTF-8, hoặc gửi tệp .xlsx."
        ) from None
    if "\x00" in content:
        raise FileRefused(f"{path.name} không phải tệp văn bản CSV hay tệp XLSX.")
    return content


def _csv_rows(content: str):
    """(line, cells) for each CSV record, numbered by its first line."""
    first_line = next((line for line in content.splitlines() if line.strip()), "")
    delimiter = max(_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise FileRefused(f"Dòng {line}: CSV hỏng ({exc}).") from None


def _xlsx_rows(data: bytes):
    """(line, cells) for each row of the first worksheet."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some writers record a wrong used range
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    # A damaged workbook fails deep inside zipfile, zlib or the XML parser
    # (ParseError is a SyntaxError); each is the file's fault, not ours.
    except (InvalidFileException, zipfile.BadZipFile, zlib.error, EOFError, SyntaxError,
            NotImplementedError, KeyError, ValueError, IndexError) as exc:
        raise FileRefused(f"Không đọc được tệp XLSX ({exc}).") from None


def _table(rows, path: Path) -> Table:
    """Header from the first non-empty row; empty rows after it are skipped."""
    header = None
    body = []
    for line, cells in rows:
        if all(is_blank(cell) for cell in cells):
            continue
        if header is None:
            header = [header_name(cell) for cell in cells]
            _check_unique(header)
            continue
        named = {name: cell for name, cell in zip(header, cells, strict=False) if name}
        extra = [cell for cell in cells[len(header) :] if not is_blank(cell)]
        body.append(RawRow(line, named, extra))
    if header is None:
        raise FileRefused(f"{path.name} trống: không có dòng tiêu đề.")
    return Table([name for name in header if name], body)


def _check_unique(header: list[str]):
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        raise FileRefused(f"Cột lặp lại trong dòng tiêu đề: {', '.join(repeated)}.")
