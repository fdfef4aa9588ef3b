"""Tables for the benchmarks: printed, and kept in ``docs/performance.md``.

Each benchmark prints its table and hands it to ``record``, which replaces
that benchmark's generated block in the document (between
``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``), so a run of one
benchmark refreshes its own figures and leaves the others and the
hand-written findings alone. ``machine`` says where the figures were taken.
"""
import datetime as dt
import os
import platform
import re
import sqlite3
import subprocess
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "performance.md"


def table(headers, rows) -> str:
    """A Markdown table with aligned columns (numbers right-aligned)."""
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(_is_number(r[i]) for r in cells[1:]) and len(cells) > 1
               for i in range(len(headers))]

    def line(values):
        return "| " + " | ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2))
                          for w, num in zip(widths, numeric, strict=True)) + "|"
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])])


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return "" if value is None else str(value)


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"-?[\d,]+(\.\d+)?|", text))


def show(name: str, title: str, body: str, notes: str = "") -> None:
    """Print a titled table and record it in the document."""
    text = f"### {title}\n\n{body}\n" + (f"\n{notes}\n" if notes else "")
    print("\n" + text)
    record(name, text)


def record(name: str, text: str) -> None:
    """Replace (or append) the generated block ``name`` in docs/performance.md."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{text.rstrip()}\n{end}"
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(doc):
        doc = pattern.sub(lambda _m: block, doc)
    else:
        marker = "<!-- bench:end -->"
        doc = doc.replace(marker, f"{block}\n\n{marker}") if marker in doc \
            else f"{doc.rstrip()}\n\n{block}\n"
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(doc, encoding="utf-8")


def _package(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "—"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "—"


def _command_version(*command) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return "—"
    return (out.stdout or out.stderr).strip().splitlines()[0] if out.returncode == 0 else "—"


def _postgres() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return "not used (SQLite)"
    try:
        from urllib.parse import urlsplit, urlunsplit

        import psycopg

        # The server's own database: the named one may exist only as test_<name>.
        server = urlunsplit(urlsplit(url)._replace(scheme="postgresql", path="/postgres"))
        with psycopg.connect(server, connect_timeout=5) as conn:
            return conn.execute("SHOW server_version").fetchone()[0]
    except Exception as error:  # the figure is informative only
        return f"unreachable ({error.__class__.__name__})"


def machine() -> list[tuple[str, str]]:
    """Where and with what the figures were taken."""
    return [
        ("date", dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("CPU", f"{_cpu_model()}, {os.cpu_count()} cores"),
        ("load average (1/5/15 min)", " / ".join(f"{x:.2f}" for x in os.getloadavg())),
        ("RAM", _memory_gib()),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("Django", _package("Django")),
        ("Wagtail", _package("wagtail")),
        ("django-oscar", _package("django-oscar")),
        ("gunicorn", _package("gunicorn")),
        ("SQLite", sqlite3.sqlite_version),
        ("PostgreSQL", _postgres()),
        ("Chromium", _command_version(os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
                                      "--version")),
        ("Node.js", _command_version("node", "--version")),
    ]
