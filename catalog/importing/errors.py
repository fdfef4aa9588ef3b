"""What an import can refuse, as data the command prints.

Bad input must be reported whole, in Vietnamese, and change nothing: the
importer collects every problem as a :class:`RowError` and raises one
exception at the end, instead of stopping at the first bad cell.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    """One problem in one cell: the line as numbered in the file."""

    line: int
    column: str
    message: str

    def __str__(self):
        return f"Dòng {self.line}, cột {self.column}: {self.message}"


class FieldError(ValueError):
    """A cell's value cannot be understood; the message says why."""


class ImportRefused(Exception):
    """The file was not imported, and nothing was changed."""


class FileRefused(ImportRefused):
    """The file as a whole is unusable (format, encoding, header)."""


class RowsRefused(ImportRefused):
    """Some rows are bad; ``errors`` lists every one of them."""

    def __init__(self, errors: list[RowError]):
        # By line; within a line, in the order of the columns (a stable sort).
        self.errors = sorted(errors, key=lambda error: error.line)
        super().__init__(f"{len(self.errors)} lỗi")
