"""The import of published OCOP certificate lists (``manage.py import_ocop``).

Provinces and the ministry publish their certification decisions as
spreadsheets; this package turns such a file into producers, products and
certificates. The modules follow the path of a file: ``reader`` (CSV/XLSX to
raw rows), ``fields`` (one cell to a clean value), ``rows`` (one row, and the
columns), ``existing`` (what the database holds), ``plan`` (what would
change) and ``importer`` (all or nothing, in bulk). The format is documented
in README.md ("Importing OCOP certificate lists").
"""

from .errors import FileRefused, ImportRefused, RowError, RowsRefused
from .importer import Result, import_file

__all__ = ["FileRefused", "ImportRefused", "Result", "RowError", "RowsRefused", "import_file"]
