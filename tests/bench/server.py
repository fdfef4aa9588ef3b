"""The site as it runs in production, for the load test and Lighthouse.

``served_site`` builds a bench database of its own (a SQLite file under
``var/bench/``, or ``ocop_bench`` on the PostgreSQL server ``DATABASE_URL``
names), migrates it, collects the static files, grows the benchmark world
in it (``tests/bench/world.py``) and serves it with gunicorn on 127.0.0.1
with DEBUG off, so static files come from WhiteNoise as they would in
production. The test database is not involved: gunicorn is another process
and sees only committed data.

``load`` is the client: threads with one ``http.client`` connection each,
bounded in requests and in time, reporting throughput and latencies.

``BENCH_KEEP_DB=1`` keeps a bench database from an earlier run (migrate and
grow then only add what is missing), to iterate on the figures faster.
"""
import contextlib
import http.client
import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
VAR = ROOT / "var" / "bench"
PRODUCTS = 10_000
WORKERS = 2 * (os.cpu_count() or 1) + 1  # gunicorn's advice for sync workers


@dataclass
class Site:
    base: str  # http://127.0.0.1:PORT
    pages: dict  # page name → path (tests/bench/world.pages)
    static: str  # a stylesheet's path (hashed name) on the same server
    database: str  # what the server runs on, for the tables' titles
    products: int


def bench_database_url() -> str:
    """A fresh database beside the configured one (the same engine)."""
    url = os.environ.get("DATABASE_URL", "")
    keep = os.environ.get("BENCH_KEEP_DB") == "1"
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        parts = urlsplit(url)
        admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = 'ocop_bench'").fetchone()
            if exists and not keep:
                conn.execute("DROP DATABASE ocop_bench WITH (FORCE)")
            if not exists or not keep:
                conn.execute("CREATE DATABASE ocop_bench")
        return urlunsplit(parts._replace(path="/ocop_bench"))
    path = VAR / "bench.sqlite3"
    if not keep:
        for leftover in VAR.glob("bench.sqlite3*"):
            leftover.unlink()
    return f"sqlite:///{path}"


def _environment(database_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="shop.settings.dev",
        DEBUG="False",
        STATIC_ROOT=str(VAR / "static"),
        MEDIA_ROOT=str(VAR / "media"),
        PYTHONPATH=str(ROOT),
    )
    return env


def _manage(env, *args) -> str:
    done = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1200)
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(base: str, path: str, process, seconds=120) -> None:
    deadline = time.monotonic() + seconds
    host, port = urlsplit(base).hostname, urlsplit(base).port
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn stopped; see var/bench/gunicorn.log")
        with contextlib.suppress(OSError):
            conn = http.client.HTTPConnection(host, port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer {path} in {seconds} s")


@contextlib.contextmanager
def served_site(products=PRODUCTS):
    """Build the bench database and serve it with gunicorn until the block ends."""
    VAR.mkdir(parents=True, exist_ok=True)
    database_url = bench_database_url()
    env = _environment(database_url)
    started = time.perf_counter()
    _manage(env, "migrate", "--no-input", "-v0")
    migrated = time.perf_counter()
    _manage(env, "collectstatic", "--no-input", "-v0")
    collected = time.perf_counter()
    out = _manage(env, "shell", "-c",
                  f"from tests.bench.world import main; main({products})")
    paths = json.loads(out.strip().splitlines()[-1])
    built = time.perf_counter()
    print(f"\nbench database {database_url.rsplit('/', 1)[-1]}: migrate "
          f"{migrated - started:.0f} s, collectstatic {collected - migrated:.0f} s, "
          f"{products:,} products {built - collected:.0f} s")

    port = _free_port()
    log = (VAR / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "shop.wsgi:application",
         "--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS), "--preload",
         "--timeout", "60", "--backlog", "256"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    engine = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    try:
        _wait_until_up(base, paths["static"], process)
        yield Site(base=base, pages=paths["pages"], static=paths["static"],
                   database=f"{engine}, gunicorn {WORKERS} sync workers",
                   products=products)
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@dataclass
class Load:
    ok: int
    errors: int
    seconds: float
    p50_ms: float
    p99_ms: float
    bytes_per_answer: int

    @property
    def per_second(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0


def _percentile(ordered, fraction) -> float:
    if not ordered:
        return math.nan
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] * 1000


def load(base: str, path: str, clients=20, requests=400, seconds=20.0, warm=10) -> Load:
    """``clients`` threads ask for ``path`` until ``requests`` are sent or time is up.

    Requests accept gzip as a browser does; answers other than 200, and
    connection errors, count as errors and are left out of the latencies.
    """
    host, port = urlsplit(base).hostname, urlsplit(base).port
    headers = {"Accept-Encoding": "gzip, br", "User-Agent": "ocop-bench"}
    for _ in range(warm):  # every worker compiles its templates once
        conn = http.client.HTTPConnection(host, port, timeout=60)
        conn.request("GET", path, headers=headers)
        conn.getresponse().read()
        conn.close()
    lock = threading.Lock()
    sent = [0]
    latencies, errors, sizes = [], [0], [0]
    deadline = time.perf_counter() + seconds

    def client():
        conn = http.client.HTTPConnection(host, port, timeout=60)
        while time.perf_counter() < deadline:
            with lock:
                if sent[0] >= requests:
                    break
                sent[0] += 1
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                body = response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                conn.close()
                status, body = None, b""
            took = time.perf_counter() - start
            with lock:
                if status == 200:
                    latencies.append(took)
                    sizes[0] += len(body)
                else:
                    errors[0] += 1
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    ordered = sorted(latencies)
    return Load(ok=len(ordered), errors=errors[0], seconds=elapsed,
                p50_ms=_percentile(ordered, 0.50), p99_ms=_percentile(ordered, 0.99),
                bytes_per_answer=sizes[0] // max(1, len(ordered)))

