"""Benchmark: SQL queries per public page at 1,000 and 10,000 products.

The count must not grow with the catalogue (STYLE: every listing page counts
its queries at two sizes). The world (``tests/bench/world.py``) grows inside
the test's transaction, so the shared test database is rolled back after.
Prints a table and records it in docs/performance.md; asserts nothing here
(the guarantee itself is ``tests/test_query_counts.py``). Run with ``make bench``.
"""
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.bench import report, world

SIZES = (1_000, 10_000)


def _queries(client, path) -> tuple[int, float]:
    """(queries, milliseconds) of a warm request, following redirects."""
    client.get(path, follow=True)  # per-process caches (site root, categories)
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = client.get(path, follow=True)
        took = time.perf_counter() - start
    assert response.status_code == 200, (path, response.status_code)
    return len(captured), took * 1000


@pytest.mark.django_db
def test_queries_per_page(client):
    counts: dict[str, list] = {}
    build = []
    for size in SIZES:
        start = time.perf_counter()
        world.grow(size)
        build.append(f"{size:,} in {time.perf_counter() - start:.0f} s")
        for name, path in world.pages().items():
            counts.setdefault(name, [path]).append(_queries(client, path))
    rows = []
    for name, (path, *measured) in counts.items():
        (small, small_ms), (large, large_ms) = measured
        rows.append([name, path, small, large, "yes" if large > small else "no",
                     small_ms, large_ms])
    headers = ["page", "path", f"queries @ {SIZES[0]:,}", f"queries @ {SIZES[1]:,}",
               "grows?", f"ms @ {SIZES[0]:,}", f"ms @ {SIZES[1]:,}"]
    report.show("queries", "SQL queries per page (test client, one warm request)",
                report.table(headers, rows),
                f"Database: {connection.vendor}; world built ({', '.join(build)}). "
                "Milliseconds are one in-process request, for orientation only.")
