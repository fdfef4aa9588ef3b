"""QR scans are rate limited per client address, generously.

A scraper walking serials gets 429 with a Vietnamese page and Retry-After;
another address (another phone) is untouched; refused scans are not logged.
"""
import pytest
from django.core.cache import cache

from tests.factories import make_product
from traceability.models import ScanRecord, ShortCode

pytestmark = pytest.mark.django_db


@pytest.fixture
def code():
    cache.clear()
    yield ShortCode.objects.create(product=make_product("Chè shan tuyết Mộc Châu"))
    cache.clear()


def test_scans_over_the_limit_get_429_with_a_message(client, settings, code):
    settings.OCOP_SCANS_PER_MINUTE = 3
    url = f"/t/{code.token}"
    for _n in range(3):
        assert client.get(url, REMOTE_ADDR="203.0.113.7").status_code == 200

    refused = client.get(url, REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "Quét mã quá nhiều lần" in refused.content.decode()
    assert ScanRecord.objects.count() == 3
    # Another phone is counted on its own; HEAD counts like GET.
    assert client.get(url, REMOTE_ADDR="198.51.100.9").status_code == 200
    assert client.head(url, REMOTE_ADDR="203.0.113.7").status_code == 429


def test_the_default_limit_lets_a_busy_shop_scan(client, settings, code):
    assert settings.OCOP_SCANS_PER_MINUTE == 0  # test settings switch it off…
    settings.OCOP_SCANS_PER_MINUTE = 120  # …production's default
    for _n in range(60):
        assert client.get(f"/t/{code.token}", REMOTE_ADDR="203.0.113.7").status_code == 200


def test_behind_a_proxy_each_visitor_is_counted(client, settings, code):
    settings.OCOP_SCANS_PER_MINUTE = 2
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    url = f"/t/{code.token}"
    for visitor in ("203.0.113.7", "198.51.100.9", "192.0.2.44"):
        for _n in range(2):
            response = client.get(url, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=visitor)
            assert response.status_code == 200
    refused = client.get(url, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.44")
    assert refused.status_code == 429
