"""Certificates recorded before the audit history get a first record at migration."""
import importlib

import pytest
from django.apps import apps

from tests.factories import make_product

pytestmark = pytest.mark.django_db
baseline = importlib.import_module(
    "catalog.migrations.0036_certificate_history_baseline").baseline


def test_existing_certificates_get_one_first_record():
    older = make_product("Mắm tôm").certificates.get()
    older.history.all().delete()  # as before django-simple-history was installed
    recorded = make_product("Nước mắm").certificates.get()

    baseline(apps, None)
    baseline(apps, None)  # rerunnable

    first = older.history.get()
    assert (first.number, first.status, first.history_type) == (older.number, "active", "+")
    assert recorded.history.count() == 1
