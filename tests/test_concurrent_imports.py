"""Eight operators import the same file at the same moment (certificates, outlets).

Each ``import_ocop`` reads what the database holds, plans, then writes in one
transaction. Without a lock, every run plans "create" from the same empty
snapshot: producers and products have no natural unique key in the
database, so the runs would write the list eight times (or, where a unique
column such as ``Partner.code`` collides, end in a traceback). The importer
takes a PostgreSQL advisory lock for the whole transaction
(``shop/locks.py``), so the runs queue: the first creates everything, the
others find it and change nothing. ``import_outlets`` does the same.

PostgreSQL only: SQLite has one writer at a time and no advisory locks.
"""
import threading
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, connections
from oscar.core.loading import get_model

from outlets.models import Outlet
from tests.catalog.test_import_ocop import row, write_csv
from tests.outlets.test_import_export import SAMPLE

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductCategory = get_model("catalogue", "ProductCategory")
StockRecord = get_model("partner", "StockRecord")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
RUNS = 8


def counts():
    return {m.__name__: m.objects.count()
            for m in (Partner, Product, ProductCategory, StockRecord, OCOPCertificate)}


def run_together(command, path):
    """``RUNS`` threads start ``command path`` at one barrier; their outcomes."""
    start = threading.Barrier(RUNS)
    outcomes = []

    def run():
        try:
            start.wait()
            call_command(command, str(path), stdout=StringIO(), stderr=StringIO())
            outcomes.append("ok")
        except Exception as exc:  # noqa: BLE001 — any failure is the finding
            outcomes.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(RUNS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes


def needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (concurrent writers; run with DATABASE_URL=postgres://…)")


# serialized_rollback: the flush after these tests then leaves the database as
# the next serialized_rollback test expects it (no roles re-made by post_migrate).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_imports_of_one_file_create_each_record_once(tmp_path):
    needs_postgresql()
    rows = [
        row(producer_name=f"HTX Nông sản {n}",
            product_name=f"Sản phẩm {n}", certificate_no=f"TH-OCOP-{n:04d}", price="50000")
        for n in range(1, 31)
    ]
    path = write_csv(tmp_path / "ds.csv", rows)
    before = counts()
    assert run_together("import_ocop", path) == ["ok"] * RUNS
    after = counts()
    assert after["Partner"] - before["Partner"] == 30
    assert after["Product"] - before["Product"] == 30
    assert after["OCOPCertificate"] - before["OCOPCertificate"] == 30
    assert after["StockRecord"] - before["StockRecord"] == 30
    assert after["ProductCategory"] - before["ProductCategory"] == 30


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_outlet_imports_create_each_outlet_once():
    needs_postgresql()
    before = Outlet.objects.count()
    assert run_together("import_outlets", SAMPLE) == ["ok"] * RUNS
    assert Outlet.objects.count() - before == 3
    # Each outlet's week of opening periods was written once, not eight times.
    assert max(o.opening_periods.count() for o in Outlet.objects.all()) <= 7
