"""Fuzzing both importers: malformed files are refused whole, never half-read.

``import_ocop`` (certificate lists) and ``import_outlets`` (outlet lists)
promise the same thing: a bad file ends with a Vietnamese message
(``CommandError``, which ``manage.py`` prints without a traceback) and
changes no row. Hypothesis builds the files from the documented samples
(already imported, so a row may match a stored record): random cells
replaced by random unicode, long strings and known spreadsheet nasties, in
CSV (three separators, three encodings) or XLSX, with one sure defect
added so every file must be refused; and raw bytes or damaged XLSX
archives. Every row of every table the importers touch, audit history
included, is compared before and after.

``HYPOTHESIS_PROFILE=thorough`` runs thousands of files (tests/fuzzing.py).
"""
import csv
import io
import random
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from tests.fuzzing import cells, examples, snapshot

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[1] / "docs" / "samples"


@dataclass(frozen=True)
class Importer:
    command: str
    sample: Path
    apps: tuple  # every app whose tables the command may write
    #: Sure defects: (column, value) cells the command must refuse.
    bad_cells: tuple
    required: tuple

    def rows(self):
        with self.sample.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            return next(reader), list(reader)


IMPORTERS = {
    "import_ocop": Importer(
        "import_ocop", SAMPLES / "ocop-sample.csv", ("catalogue", "partner"),
        bad_cells=(("stars", "2"), ("stars", "năm"), ("issued_on", "31/02/2024"),
                   ("certificate_level", "???"), ("province", "Atlantis"),
                   ("gtin", "8936123450015")),
        required=("producer_name", "province", "product_name", "stars", "certificate_no"),
    ),
    "import_outlets": Importer(
        "import_outlets", SAMPLES / "outlets-sample.csv", ("outlets",),
        bad_cells=(("type", "tàu vũ trụ"), ("province", "Atlantis"),
                   ("latitude", "16,4,5"), ("opening_hours", "Mo 25:00-26:00"),
                   ("approved_on", "31/02/2024"), ("status", "???")),
        required=("name", "type", "province"),
    ),
}
FUZZ = settings(max_examples=examples(40), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(params=sorted(IMPORTERS))
def importer(request):
    """The importer, its sample already imported (so rows can match records)."""
    chosen = IMPORTERS[request.param]
    call_command(chosen.command, str(chosen.sample), stdout=io.StringIO(),
                 stderr=io.StringIO())
    return chosen


def run(importer, content: bytes, suffix: str):
    """(refused?, message) of the command run on a file holding ``content``."""
    with TemporaryDirectory() as folder:
        path = Path(folder) / f"danh-sach{suffix}"
        path.write_bytes(content)
        try:
            call_command(importer.command, str(path), stdout=io.StringIO(),
                         stderr=io.StringIO())
        except CommandError as refused:
            return True, str(refused)
    return False, ""


def as_csv(header, rows, delimiter, encoding) -> bytes:
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter).writerows([header, *rows])
    return text.getvalue().encode(encoding)


def as_xlsx(header, rows) -> bytes:
    workbook = openpyxl.Workbook()
    for values in [header, *rows]:
        # Control characters cannot be stored in XLSX at all.
        workbook.active.append([ILLEGAL_CHARACTERS_RE.sub("", v) for v in values])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


@st.composite
def malformed_tables(draw, importer):
    """(header, rows): sample rows with random cells, plus one sure defect."""
    header, sample = importer.rows()
    rows = [list(r) for r in draw(st.lists(st.sampled_from(sample), min_size=1, max_size=6))]
    for values in rows:
        for i in draw(st.sets(st.integers(0, len(header) - 1), max_size=3)):
            values[i] = draw(cells())
    target = draw(st.sampled_from(rows))
    defect = draw(st.sampled_from(["cell", "blank", "extra", "missing column", "repeat"]))
    if defect == "cell":
        column, value = draw(st.sampled_from(importer.bad_cells))
        target[header.index(column)] = value
    elif defect == "blank":
        target[header.index(draw(st.sampled_from(importer.required)))] = ""
    elif defect == "extra":
        target.append("ô thừa")
    elif defect == "missing column":
        gone = header.index(draw(st.sampled_from(importer.required)))
        header = header[:gone] + header[gone + 1:]
        rows = [values[:gone] + values[gone + 1:] for values in rows]
    else:  # the header names one column twice
        header = [*header, header[0]]
    return header, rows


@FUZZ
@given(data=st.data())
def test_malformed_rows_are_refused_and_change_nothing(importer, data):
    header, rows = data.draw(malformed_tables(importer))
    form = data.draw(st.sampled_from(["csv", "csv;", "csv-tab", "csv-bom", "utf-16", "xlsx"]))
    if form == "xlsx":
        content, suffix = as_xlsx(header, rows), ".xlsx"
    else:
        delimiter = {"csv;": ";", "csv-tab": "\t"}.get(form, ",")
        encoding = {"csv-bom": "utf-8-sig", "utf-16": "utf-16"}.get(form, "utf-8")
        content, suffix = as_csv(header, rows, delimiter, encoding), ".csv"
    before = snapshot(*importer.apps)

    refused, message = run(importer, content, suffix)

    assert refused, f"a file with a sure defect was imported: {header} {rows}"
    assert message.startswith("Không nhập ") and len(message) < 200_000
    assert snapshot(*importer.apps) == before


def _damaged_xlsx(importer, cut: int, flips: list) -> bytes:
    header, rows = importer.rows()
    data = bytearray(as_xlsx(header, rows))
    for position, byte in flips:
        data[position % len(data)] = byte
    return bytes(data[: max(4, len(data) - cut)])


@FUZZ
@given(
    kind=st.sampled_from(["bytes", "xlsx"]),
    prefix=st.sampled_from([b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\xef\xbb\xbf",
                            b"\xff\xfe", b"\x00\x00"]),
    noise=st.binary(max_size=3000),
    cut=st.integers(0, 4000),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
)
def test_garbage_files_change_nothing(importer, kind, prefix, noise, cut, flips, suffix):
    """Random bytes, or the sample as XLSX with bytes changed or cut off:
    refused with a message, or (a harmless change) the sample again, which
    re-imports unchanged."""
    content = prefix + noise if kind == "bytes" else _damaged_xlsx(importer, cut, flips)
    before = snapshot(*importer.apps)

    refused, message = run(importer, content, suffix)

    assert not refused or message.startswith("Không nhập ")
    assert snapshot(*importer.apps) == before


def test_the_defects_are_each_refused(importer):
    """The fuzzer's sure defects, each alone in an otherwise good file."""
    header, rows = importer.rows()
    for column, value in importer.bad_cells:
        changed = [list(r) for r in rows]
        changed[random.randrange(len(rows))][header.index(column)] = value
        refused, message = run(importer, as_csv(header, changed, ",", "utf-8"), ".csv")
        assert refused and f"cột {column}" in message, (column, value, message)
