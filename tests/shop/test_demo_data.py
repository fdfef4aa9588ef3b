"""``manage.py load_demo``: a demo catalogue that shows every rule, loaded once."""
from types import SimpleNamespace

import pytest
from django.apps import apps
from oscar.core.loading import get_model
from PIL import Image
from stdnum.vn import mst
from vietnam_provinces import Ward

from catalog import certificates as rules
from catalog.groups import GROUP_CODES
from shop.demo import loader
from tests.demo import load_demo

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
OCOPCertificate = get_model("catalogue", "OCOPCertificate")
pytestmark = pytest.mark.django_db




# Runs before the module's demo is loaded (tests run in file order): it
# needs an empty database to load into.
def test_apps_demo_data_loads_in_the_same_transaction(monkeypatch):
    calls = []

    def report(stdout):
        calls.append("report")
        stdout.write("  /t/abc")
        return "Ứng dụng A: 2 bản ghi."

    def fail(stdout):
        calls.append("fail")
        assert Partner.objects.filter(is_demo=True).exists()  # after the catalogue
        raise RuntimeError("app demo failed")

    modules = [SimpleNamespace(load=report), SimpleNamespace(load=fail)]
    monkeypatch.setattr(loader, "app_demo_modules", lambda: modules)
    with pytest.raises(RuntimeError):
        load_demo()
    assert calls == ["report", "fail"]
    assert not Partner.objects.exists() and not Product.objects.exists()

    modules.pop()
    output = load_demo().splitlines()
    assert output[0].startswith("Đã nạp dữ liệu mẫu")
    assert output[1:] == ["Ứng dụng A: 2 bản ghi.", "  /t/abc"]


def test_apps_with_demo_data_are_found_in_installed_apps_order():
    names = [module.__name__ for module in loader.app_demo_modules()]
    installed = [config.name for config in apps.get_app_configs()]
    assert {"outlets.demo_data", "traceability.demo_data"} <= set(names)
    assert "shop.demo_data" not in names
    order = [installed.index(name.rsplit(".", 1)[0]) for name in names]
    assert order == sorted(order)
    assert all(callable(module.load) for module in loader.app_demo_modules())


def certificates_in(state):
    return [c for c in OCOPCertificate.objects.select_related("product") if c.state == state]


def test_products_cover_all_six_groups_and_several_provinces(demo):
    products = Product.objects.all()
    assert products.count() >= 30
    groups = {c.slug for p in products for c in p.categories.all()}
    assert groups == set(GROUP_CODES)
    assert Partner.objects.values("province_code").distinct().count() >= 3


def test_every_producer_is_flagged_as_demo(demo):
    assert Partner.objects.exists()
    assert not Partner.objects.filter(is_demo=False).exists()
    assert all("dữ liệu mẫu" in p.name for p in Partner.objects.all())
    assert all("dữ liệu mẫu" in c.issued_by for c in OCOPCertificate.objects.all())


def test_communes_are_official_communes_of_the_producer_province(demo):
    for producer in Partner.objects.all():
        ward = Ward.from_code(int(producer.commune_code))
        assert f"{int(ward.province_code):02d}" == producer.province_code, producer.name


def test_stars_and_levels_follow_the_score(demo):
    for certificate in OCOPCertificate.objects.all():
        assert certificate.stars == rules.stars_for_score(certificate.score)
        expected = "central" if certificate.stars == 5 else "province"
        assert certificate.level == expected, certificate.number


def test_demo_shows_each_certificate_state_and_the_listing_rule(demo):
    expired = certificates_in("expired")
    revoked = certificates_in("revoked")
    expiring = certificates_in("expiring")
    assert expired and revoked and expiring and certificates_in("suspended")

    browsable = Product.objects.browsable()
    assert browsable.count() >= 25
    # A renewed product keeps its lapsed certificate but stays listed; the
    # others with a lapsed or revoked certificate are not listed.
    renewed = {c.product_id for c in certificates_in("valid") + expiring}
    for certificate in expired + revoked:
        if certificate.product_id not in renewed:
            assert not browsable.filter(pk=certificate.product_id).exists()
    assert any(c.product_id not in renewed for c in expired)
    for certificate in expiring:
        assert browsable.filter(pk=certificate.product_id).exists()


def test_some_listed_products_have_no_price(demo):
    unpriced = Product.objects.browsable().filter(stockrecords__isnull=True)
    assert unpriced.exists()
    priced = Product.objects.browsable().filter(stockrecords__num_in_stock__gt=0)
    assert priced.count() >= 20


def test_tax_codes_present_are_valid(demo):
    codes = [p.tax_code for p in Partner.objects.exclude(tax_code="")]
    assert codes, "some demo producers should carry a tax code"
    assert all(mst.is_valid(code) for code in codes)
    assert Partner.objects.filter(tax_code="").exists()  # households without one


def test_every_product_has_an_image_and_every_producer_a_logo(demo):
    for product in Product.objects.all():
        image = product.images.get(display_order=0)
        with Image.open(image.original.path) as picture:
            assert picture.size == (800, 800)
    assert all(p.logo for p in Partner.objects.all())


def test_summary_is_printed(demo):
    lines = demo.splitlines()
    assert lines[0].startswith("Đã nạp dữ liệu mẫu")
    assert len(lines) > len(loader.app_demo_modules())  # one line at least per app
    products = Product.objects.count()
    listed = Product.objects.browsable().count()
    assert f"{products} sản phẩm" in demo
    assert f"{listed} đang niêm yết" in demo
    assert f"{products - listed} không niêm yết" in demo


def test_second_run_changes_nothing(demo):
    counts = (Product.objects.count(), Partner.objects.count(), OCOPCertificate.objects.count())
    output = load_demo()
    assert "đã được nạp" in output
    assert counts == (
        Product.objects.count(),
        Partner.objects.count(),
        OCOPCertificate.objects.count(),
    )
