"""A product page never fails because Oscar's view counter could not write."""
import sqlite3
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tests.factories import make_product

pytestmark = pytest.mark.django_db(transaction=True)


def fetch(url) -> int:
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        return response.status


@pytest.fixture
def short_lock_timeout():
    """New connections (the live server's) give up on a lock after 0.3 s."""
    options = connection.settings_dict.setdefault("OPTIONS", {})
    before = options.get("timeout")
    options["timeout"] = 0.3
    yield
    if before is None:
        options.pop("timeout")
    else:
        options["timeout"] = before


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's write lock")
def test_page_answers_while_another_writer_holds_the_database(live_server, short_lock_timeout):
    product = make_product("Nem chua Thanh Hóa")
    writer = sqlite3.connect(connection.settings_dict["NAME"], timeout=1)
    writer.execute("BEGIN IMMEDIATE")  # another process is writing
    try:
        assert fetch(live_server.url + product.get_absolute_url()) == 200
    finally:
        writer.rollback()
        writer.close()


def test_concurrent_product_views_all_succeed(live_server):
    products = [make_product(f"Bánh gai Tứ Trụ {i}") for i in range(4)]
    urls = [live_server.url + p.get_absolute_url() for p in products] * 25
    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(fetch, urls))
    assert statuses == [200] * len(urls)
