"""Benchmark: SQL queries and time of ``/outlets/`` and of the officers'
dashboard list (``/dashboard/outlets/``) at 100 and 1,000 outlets.

Prints a table and records it in docs/performance.md (tests/bench/report.py),
asserts nothing (the constant-query guarantees are tests in
``tests/outlets/test_query_counts.py`` and ``tests/outlets/test_dashboard.py``).
Run with ``make bench``.
"""
import datetime as dt
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from backoffice.roles import make_officer
from outlets.models import Inspection, OpeningException, OpeningPeriod, Outlet
from tests.bench import report

URLS = ["/outlets/", "/outlets/?province=46", "/outlets/?lat=16.4698&lon=107.5786",
        "/outlets/map.json", "/dashboard/outlets/", "/dashboard/outlets/?province=46",
        "/dashboard/outlets/overdue/"]
SIZES = (100, 1000)


def _grow(to):
    have = Outlet.objects.count()
    for i in range(have, to):
        outlet = Outlet.objects.create(
            name=f"Điểm OCOP thử {i:05d}", outlet_type="market", province_code="46",
            commune_code="19786", latitude=16.40 + i / 100000, longitude=107.50 + i / 100000)
        OpeningPeriod.objects.bulk_create(
            OpeningPeriod(outlet=outlet, weekday=d, opens=dt.time(7), closes=dt.time(21))
            for d in range(7))
        OpeningException.objects.create(outlet=outlet, date=dt.date.today(), closed=True)
        Inspection.objects.create(outlet=outlet, date=dt.date(2025, 1, 1), inspector="A",
                                  result="fail", follow_up_deadline=dt.date(2025, 2, 1))


@pytest.mark.django_db
def test_outlet_list_queries(client, django_user_model):
    # The public pages do not care who asks; the dashboard needs an officer.
    client.force_login(make_officer(django_user_model.objects.create_user("canbo"), "46"))
    measured = {}
    for size in SIZES:
        _grow(size)
        for url in URLS:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                client.get(url)
                took = time.perf_counter() - start
            measured.setdefault(url, []).extend([len(queries), took * 1000])
    report.show(
        "outlets", f"Outlet pages, SQL queries and time ({connection.vendor})",
        report.table(["URL", *(h for s in SIZES for h in (f"queries @ {s:,}", f"ms @ {s:,}"))],
                     [[url, *figures] for url, figures in measured.items()]),
        "One warm test-client request per URL (an officer of province 46 is logged in); "
        "every outlet has weekly hours, a closing day and an overdue inspection.")
