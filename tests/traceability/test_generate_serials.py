"""generate_serials BATCH_ID N [--csv FILE]: random serials and label URLs."""
import csv

import pytest
from django.core.management import CommandError, call_command

from traceability.models import SerialCode

from .builders import batch, traced_product

pytestmark = pytest.mark.django_db


def rows(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_writes_digital_link_urls_that_resolve(client, tmp_path):
    lot = batch(traced_product(), "L7")
    out = tmp_path / "labels.csv"
    call_command("generate_serials", lot.pk, 50, csv=str(out), base_url="https://ocop.example.vn")
    found = rows(out)
    assert len(found) == 50 and SerialCode.objects.filter(batch=lot).count() == 50
    serials = [r["serial"] for r in found]
    assert len(set(serials)) == 50
    assert sorted(serials) != serials or len(set(s[:8] for s in serials)) > 1  # not sequential
    first = found[0]
    assert first["url"] == f"https://ocop.example.vn/01/{lot.product.upc}/10/L7/21/{first['serial']}"
    assert client.get(first["url"].removeprefix("https://ocop.example.vn")).status_code == 200


def test_products_without_gtin_get_short_codes(client, tmp_path):
    lot = batch(traced_product(gtin=False), "L8")
    out = tmp_path / "labels.csv"
    call_command("generate_serials", lot.pk, 3, csv=str(out), base_url="https://ocop.example.vn/")
    for row in rows(out):
        assert row["url"].startswith("https://ocop.example.vn/t/")
        page = client.get(row["url"].removeprefix("https://ocop.example.vn"))
        assert page.status_code == 200 and row["serial"] in page.content.decode()


def test_bad_input_changes_nothing(tmp_path):
    lot = batch(traced_product(), "L9")
    with pytest.raises(CommandError, match="no batch"):
        call_command("generate_serials", 999999, 5)
    with pytest.raises(CommandError, match="out of range"):
        call_command("generate_serials", lot.pk, 0)
    with pytest.raises(CommandError, match="Không ghi được"):
        call_command("generate_serials", lot.pk, 5, csv=str(tmp_path / "no/such/dir.csv"))
    assert not SerialCode.objects.exists()
