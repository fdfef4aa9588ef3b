"""Shared by the benchmarks: the machine in the header, the served site."""
import pytest

from tests.bench import report, server


def pytest_report_header(config):
    """Machine and versions first, so every figure below has its context."""
    rows = report.machine()
    report.record("machine", "### Machine\n\n" + report.table(["", ""], rows) + "\n")
    return [f"{name}: {value}" for name, value in rows]


@pytest.fixture(scope="session")
def served_site():
    """The benchmark world in its own database, served by gunicorn (server.py)."""
    with server.served_site() as site:
        yield site
