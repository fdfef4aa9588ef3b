"""Structured data, sitemap, robots.txt, Open Graph and canonical URLs."""
import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from oscar.core.loading import get_model

from shop.demo.images import product_image
from tests.cms import builders
from tests.cms.schema import check, json_ld
from tests.factories import make_producer, make_product
from tests.outlets.builders import THANHHOA_STATION, make_outlet

pytestmark = pytest.mark.django_db
ProductImage = get_model("catalogue", "ProductImage")
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def only_ld(html, kind):
    found = [data for data in json_ld(html) if data["@type"] == kind]
    assert len(found) == 1, json_ld(html)
    check(found[0])
    return found[0]


def test_product_page_publishes_product_offer_and_ocop_certification(client):
    producer = make_producer("HTX Nem chua", phone="0237 3852 111")
    product = make_product("Nem chua Thanh Hóa", producer=producer, stars=4)
    certificate = product.certificates.get()

    data = only_ld(page(client, product.get_absolute_url()), "Product")

    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Nem chua Thanh Hóa"
    assert data["url"] == f"http://testserver{product.get_absolute_url()}"
    assert data["offers"] == {
        "@type": "Offer", "url": data["url"], "price": "120000", "priceCurrency": "VND",
        "availability": "https://schema.org/InStock",
        "seller": {"@id": f"http://testserver{producer.get_absolute_url()}#organization"},
    }
    cert = data["hasCertification"]
    assert cert["@type"] == "Certification"
    assert cert["certificationIdentification"] == certificate.number
    assert cert["certificationRating"] == {
        "@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1}
    assert cert["issuedBy"] == {"@type": "Organization", "name": "UBND tỉnh Thanh Hóa"}
    assert cert["validFrom"] == certificate.issued_on.isoformat()
    assert cert["expires"] == certificate.valid_until.isoformat()
    assert cert["certificationStatus"] == "https://schema.org/CertificationActive"
    assert data["manufacturer"]["@type"] == "Organization"


def test_unlisted_product_has_no_offer_and_an_inactive_certification(client):
    today = timezone.localdate()
    product = make_product("Bánh đa hết hạn", issued_on=today - dt.timedelta(days=1200),
                           valid_until=today - dt.timedelta(days=1))
    data = json_ld(page(client, product.get_absolute_url()))[0]
    assert "offers" not in data
    assert data["hasCertification"]["certificationStatus"] == (
        "https://schema.org/CertificationInactive")


def test_listed_product_without_price_has_no_offer(client):
    product = make_product("Chè chưa có giá", price=None)
    data = json_ld(page(client, product.get_absolute_url()))[0]
    assert "offers" not in data
    assert data["hasCertification"]["certificationStatus"].endswith("CertificationActive")


def test_producer_page_publishes_an_organization(client):
    producer = make_producer("HTX Chè Tân Cương", street_address="Xóm 5",
                             email="htx@example.vn", description="Chè búp.")
    data = only_ld(page(client, producer.get_absolute_url()), "Organization")
    assert data["name"] == "HTX Chè Tân Cương"
    assert data["address"]["addressCountry"] == "VN"
    assert data["address"]["streetAddress"] == "Xóm 5"
    assert data["email"] == "htx@example.vn"


def test_outlet_page_publishes_a_store_with_opening_hours(client):
    outlet = make_outlet(THANHHOA_STATION, phone="0237 000 000")
    data = only_ld(page(client, outlet.get_absolute_url()), "Store")
    assert data["name"] == "Điểm OCOP Ga Thanh Hóa"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 19.8067, "longitude": 105.776}
    hours = data["openingHoursSpecification"]
    assert len(hours) == 7
    assert hours[0] == {"@type": "OpeningHoursSpecification",
                        "dayOfWeek": "https://schema.org/Monday", "opens": "07:00",
                        "closes": "21:00"}
    assert hours[6]["dayOfWeek"] == "https://schema.org/Sunday"


def test_json_ld_cannot_be_broken_out_of_by_content(client):
    product = make_product("Mắm </script><script>alert(1)</script>")
    html = page(client, product.get_absolute_url())
    assert "<script>alert(1)" not in html
    assert json_ld(html)[0]["name"] == "Mắm </script><script>alert(1)</script>"


def sitemap_locations(client, host="localhost"):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)]


def test_sitemap_holds_pages_listed_products_producers_and_outlets_only(client):
    today = timezone.localdate()
    listed = make_product("Nem chua Thanh Hóa")
    expired = make_product("Bánh đa hết hạn", issued_on=today - dt.timedelta(days=1200),
                           valid_until=today - dt.timedelta(days=1))
    revoked = make_product("Rượu bị thu hồi", status="revoked")
    uncertified = make_product("Chưa chứng nhận", certificate=False)
    outlet = make_outlet(THANHHOA_STATION)
    closed = make_outlet(THANHHOA_STATION, name="Điểm đã đóng", status="closed")
    article = builders.article("Tin OCOP")

    locations = sitemap_locations(client)

    assert f"http://localhost{listed.get_absolute_url()}" in locations
    for product in (expired, revoked, uncertified):
        assert f"http://localhost{product.get_absolute_url()}" not in locations
    assert f"http://localhost{listed.producer.get_absolute_url()}" in locations
    assert f"http://localhost{outlet.get_absolute_url()}" in locations
    assert f"http://localhost{closed.get_absolute_url()}" not in locations
    assert f"http://localhost{article.url}" in locations
    assert "http://localhost/" in locations


def test_sitemap_lists_both_languages_with_alternates(client):
    from cms.demo_translations import translate

    listed = make_product("Nem chua Thanh Hóa")
    english_home = translate(builders.home())
    untranslated = builders.article("Tin chưa dịch")

    locations = sitemap_locations(client)
    response = client.get("/sitemap.xml", HTTP_HOST="localhost").content.decode()

    assert f"http://localhost/en{listed.get_absolute_url()}" in locations
    assert f"http://localhost/en{listed.producer.get_absolute_url()}" in locations
    assert f"http://localhost{english_home.url}" in locations  # /en/
    assert f"http://localhost{untranslated.url}" in locations
    assert f"http://localhost/en{untranslated.url}" not in locations  # no translation yet
    assert (f'hreflang="en" href="http://localhost/en{listed.get_absolute_url()}"'
            in response)


def test_sitemap_drops_a_product_the_day_its_certificate_lapses(client):
    product = make_product("Nước mắm Cửa Hội")
    url = f"http://localhost{product.get_absolute_url()}"
    assert url in sitemap_locations(client)
    product.certificates.update(valid_until=timezone.localdate() - dt.timedelta(days=1))
    assert url not in sitemap_locations(client)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_private_paths(client):
    response = client.get("/robots.txt", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in text
    for path in ("/dashboard/", "/cms-admin/", "/checkout/", "/basket/"):
        assert f"Disallow: {path}" in text
    assert "Disallow: /\n" not in text


def meta(html, prop):
    match = re.search(rf'<meta property="{prop}" content="([^"]*)"', html)
    return match and match.group(1)


def test_pages_have_canonical_urls_and_open_graph_tags(client):
    product = make_product("Nem chua Thanh Hóa")
    ProductImage.objects.create(
        product=product, original=ContentFile(product_image("Nem", "thuc-pham"), name="nem.jpg"))
    article = builders.article("Khai mạc tuần hàng OCOP", intro="Hơn 200 sản phẩm.")

    html = page(client, product.get_absolute_url() + "?utm_source=zalo")
    assert f'<link rel="canonical" href="http://testserver{product.get_absolute_url()}"' in html
    assert meta(html, "og:type") == "product"
    assert meta(html, "og:title") == "Nem chua Thanh Hóa"
    assert meta(html, "og:image").startswith("http://testserver/media/")
    assert meta(html, "og:image").endswith(".jpg")

    html = page(client, article.url)
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == "Khai mạc tuần hàng OCOP"
    assert meta(html, "og:description") == "Hơn 200 sản phẩm."
    assert meta(html, "og:locale") == "vi_VN"

    html = page(client, "/")
    assert '<link rel="canonical" href="http://testserver/"' in html
    assert meta(html, "og:site_name") == "OCOP Market"
