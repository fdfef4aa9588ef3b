"""The trace page in English, when the visitor chose English (language
cookie set by /i18n/setlang/, see shop.middleware.ChosenLanguageMiddleware)."""
import pytest

from .builders import batch, traced_product, zone

pytestmark = pytest.mark.django_db


def test_key_headings_in_english_when_chosen(client):
    product = traced_product("Chè shan tuyết")
    lot = batch(product, "L2025-09", zones=[zone(product.producer)], events=2)
    url = f"/01/{product.upc}/10/{lot.lot}"
    assert "Lô sản xuất" in client.get(url).content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": url})
    html = client.get(url).content.decode()
    assert '<html lang="en"' in html
    for heading in ("Production lot", "Raw-material zones", "Product journey", "Lot number",
                    "Production date", "Expiry date", "Buy online"):
        assert heading in html
    for vietnamese in ("Lô sản xuất", "Hành trình sản phẩm", "Vùng nguyên liệu"):
        assert f">{vietnamese}<" not in html
