"""Benchmark: the trace page a scan opens, next to a static file.

Prints (and records in docs/performance.md, tests/bench/report.py) the
page's SQL queries, its weight (HTML + the one stylesheet) and requests
per second for the trace page and for ``ocop/ocop.css`` served by the
same server (Django's live-server thread with its static handler), from
a few client threads, with a bounded count and time. No assertion on speed:
figures only (run with ``make bench``).

The server thread shares the test's database connection, as Django's own
live server does for in-memory SQLite, so the test runs in pytest-django's
usual transaction: the shared test database is rolled back, not flushed
(a flush would delete what migrations created for the tests after it).
One shared connection is used by one thread at a time, so the server
answers one request at a time (``WSGIServer``, not the threaded one); the
clients still come from several threads and queue as on a busy phone
network.
"""
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIServer
from django.db import close_old_connections, connection, connections
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from django.test.utils import CaptureQueriesContext

from tests.bench import report
from tests.traceability.builders import batch, traced_product, zone
from traceability.serials import generate_serials

REQUESTS = 300
THREADS = 4
TIME_LIMIT = 30.0  # seconds per URL, whatever REQUESTS says
CSS = Path(settings.BASE_DIR) / "themes/national/static/ocop/ocop.css"


class SharedConnectionServer(LiveServerThread):
    """Django's live server on the test's own connection, one request at a time."""

    def _create_server(self, connections_override=None):
        return WSGIServer((self.host, self.port), QuietWSGIRequestHandler,
                          allow_reuse_address=False)

    def run(self):
        # As LiveServerThread.run, without closing the shared connection at the end.
        for alias, conn in self.connections_override.items():
            connections[alias] = conn
        try:
            self.httpd = self._create_server()
            self.port = self.httpd.server_address[1]
            self.httpd.set_app(self.static_handler(WSGIHandler()))
            self.is_ready.set()
            self.httpd.serve_forever()
        except Exception as error:  # reported by the test
            self.error = error
            self.is_ready.set()


def throughput(url: str) -> tuple[int, float, int]:
    """(requests answered 200, seconds, non-200 answers) from THREADS threads."""
    deadline = time.perf_counter() + TIME_LIMIT
    lock = threading.Lock()
    counts = {"ok": 0, "bad": 0}

    def one(_):
        if time.perf_counter() > deadline:
            return
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
                key = "ok" if response.status == 200 else "bad"
        except OSError:
            key = "bad"
        with lock:
            counts[key] += 1

    start = time.perf_counter()
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(one, range(REQUESTS)))
    return counts["ok"], time.perf_counter() - start, counts["bad"]


@pytest.mark.django_db
def test_trace_page_figures(client):
    product = traced_product("Chè shan tuyết Suối Giàng")
    zones = [zone(product.producer) for _ in range(3)]
    lot = batch(product, "L2025-09", zones=zones, events=20)
    serial = generate_serials(lot, 1)[0]
    path = f"/01/{product.upc}/10/{lot.lot}/21/{serial.serial}"

    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    query_count = len(captured)  # now: later requests clear the connection's log
    in_process = time.perf_counter()
    for _ in range(20):
        client.get(path)
    in_process_ms = (time.perf_counter() - in_process) / 20 * 1000
    html_bytes = len(response.content)
    css_bytes = CSS.stat().st_size

    shared = connections["default"]  # the wrapper itself, not the thread-local proxy
    shared.inc_thread_sharing()
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    server = SharedConnectionServer("127.0.0.1", StaticFilesHandler,
                                    connections_override={"default": shared})
    server.daemon = True
    server.start()
    server.is_ready.wait()
    try:
        assert server.error is None, server.error
        base = f"http://127.0.0.1:{server.port}"
        rows = [
            ("trace page", throughput(base + path)),
            ("static file ocop.css",
             throughput(base + settings.STATIC_URL + "ocop/ocop.css")),
        ]
    finally:
        server.terminate()
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
        shared.dec_thread_sharing()

    page_kb = (html_bytes + css_bytes) / 1024
    report.show(
        "trace", f"Trace page {path} (3 zones, 20 events; {connection.vendor})",
        report.table(["SQL queries", "ms in process", "HTML bytes", "CSS bytes", "total KB"],
                     [[query_count, in_process_ms, html_bytes, css_bytes, page_kb]])
        + "\n\n"
        + report.table(["URL", "200s", "errors", "seconds", "req/s"],
                       [[label, ok, bad, seconds, ok / seconds]
                        for label, (ok, seconds, bad) in rows]),
        f"Target: the page with its stylesheet at most 30 KB. \"ms in process\" is the "
        f"mean of 20 test-client requests. Throughput: Django's live server answering one "
        f"request at a time on the test's connection, {THREADS} client threads, at most "
        f"{REQUESTS} requests or {TIME_LIMIT:.0f} s per URL.")
