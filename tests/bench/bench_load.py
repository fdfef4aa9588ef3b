"""Benchmark: throughput and latency under 20 concurrent clients, gunicorn.

The site runs as in production (``tests/bench/server.py``: gunicorn, DEBUG
off, WhiteNoise for static files) on its own database holding 10,000
products. Each page gets at most 400 requests or 20 seconds, whichever
comes first, beside a static file from the same server in the same run: the
static row is the ceiling the machine and the client reach without Django.
Prints and records a table; asserts nothing but that the pages answered.
Run with ``make bench``.
"""
from tests.bench import report, server

PAGES = ["catalogue", "product", "search", "trace"]
CLIENTS = 20
REQUESTS = 400
SECONDS = 20.0


def test_pages_under_load(served_site):
    targets = [(name, served_site.pages[name]) for name in PAGES]
    targets.append(("static file", served_site.static))
    rows = []
    for name, path in targets:
        result = server.load(served_site.base, path, clients=CLIENTS, requests=REQUESTS,
                             seconds=SECONDS)
        rows.append([name, path, result.ok, result.errors, result.seconds,
                     result.per_second, result.p50_ms, result.p99_ms,
                     result.bytes_per_answer])
    headers = ["page", "path", "200s", "errors", "seconds", "req/s", "p50 ms", "p99 ms",
               "bytes / answer"]
    report.show("load", f"{CLIENTS} concurrent clients ({served_site.database}, "
                        f"{served_site.products:,} products)",
                report.table(headers, rows),
                f"At most {REQUESTS} requests or {SECONDS:.0f} s per row; latencies of "
                "200 answers only; errors are other statuses and dropped connections. Requests "
                "accept gzip; bytes are as received.")
    assert all(row[2] for row in rows), "a page never answered 200"
