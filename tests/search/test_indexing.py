"""The index follows saves and deletes; the rebuild command rebuilds it."""
from io import StringIO

import pytest
from django.core.management import call_command
from oscar.core.loading import get_model

from tests.factories import make_producer, make_product
from tests.search.helpers import titles

pytestmark = pytest.mark.django_db

IndexedProduct = get_model("search", "IndexedProduct")
StockRecord = get_model("partner", "StockRecord")


def search(client, q, **params):
    return titles(client.get("/search/", {"q": q, **params}))


def test_renaming_a_product_or_its_producer_reindexes_it(client):
    producer = make_producer("HTX Gốm Bát Tràng")
    product = make_product("Bình hoa men lam", producer=producer)
    product.title = "Bình gốm men rạn"
    product.save()
    assert search(client, "men ran") == ["Bình gốm men rạn"]
    assert search(client, "men lam") == []
    producer.name = "HTX Gốm Chu Đậu"
    producer.save()
    assert search(client, "chu dau") == ["Bình gốm men rạn"]


def test_a_new_price_moves_the_product_between_price_bands(client):
    product = make_product("Mật ong bạc hà", price=90000)
    StockRecord.objects.filter(product=product).get().delete()
    assert search(client, "mat ong", price=0) == ["Mật ong bạc hà"]
    StockRecord.objects.create(product=product, partner=product.producer,
                               partner_sku="MO-1", price=250000, num_in_stock=3)
    assert search(client, "mat ong", price=3) == ["Mật ong bạc hà"]


def test_a_deleted_product_leaves_the_index(client):
    product = make_product("Bánh đa kế")
    pk = product.pk
    product.stockrecords.all().delete()
    product.certificates.all().delete()
    product.delete()
    assert not IndexedProduct.objects.filter(pk=pk).exists()
    assert search(client, "banh da") == []


def test_rebuild_search_index_indexes_every_product_in_batches(client):
    for i in range(7):
        make_product(f"Chè lam số {i}")
    IndexedProduct.objects.all().delete()
    assert search(client, "che lam") == []
    out, err = StringIO(), StringIO()
    call_command("rebuild_search_index", "--batch-size", "3", stdout=out, stderr=err)
    assert "7 sản phẩm" in out.getvalue()
    assert "7/7" in err.getvalue()  # the progress bar
    assert len(search(client, "che lam")) == 7


def test_migrate_fills_an_empty_index_over_an_existing_catalogue(client):
    """A site upgraded to this search shows its catalogue after ``migrate``."""
    from django.apps import apps

    from search.receivers import fill_empty_index

    make_product("Nước mắm Phú Quốc")
    IndexedProduct.objects.all().delete()
    assert titles(client.get("/catalogue/")) == []
    fill_empty_index(sender=apps.get_app_config("search"))
    assert titles(client.get("/catalogue/")) == ["Nước mắm Phú Quốc"]
