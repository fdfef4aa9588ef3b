"""One writer at a time for jobs that plan from what the database holds.

An importer reads the database, plans "create" or "update" per row, then
writes. Two runs of the same file started together would both plan
"create" from the same starting point and write every record twice (or, where
a unique key exists, stop with an integrity error). A transaction-scoped
PostgreSQL advisory lock queues them: the second reads after the first
commits and finds everything in place. SQLite lets one writer in at a time
already and answers an overlapping writer "database is locked" rather than
writing twice, so there is nothing to take there.
"""
import zlib

from django.db import connection


def one_at_a_time(name: str) -> None:
    """Wait, inside the current transaction, until no other ``name`` job runs."""
    if connection.vendor != "postgresql":
        return
    key = zlib.crc32(name.encode())  # any fixed 32-bit number per job
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
