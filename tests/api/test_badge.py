"""/badge/{number}.svg: colour and words follow the certificate's state today."""
import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.utils import timezone

from api import status
from tests import factories

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def badge(client, certificate, **headers):
    return client.get(f"/badge/{certificate.number}.svg", **headers)


def parsed(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(response.content)
    return root


def colour_and_words(response):
    root = parsed(response)
    rects = root.findall(f"{SVG}rect")
    texts = [t.text for t in root.iter(f"{SVG}text")]
    return rects[1].get("fill"), texts[1], root.get("data-state")


def test_valid_badge_is_green_with_stars(api):
    certificate = factories.make_product(stars=5).certificates.get()

    response = badge(api, certificate)

    fill, words, state = colour_and_words(response)
    assert (fill, words, state) == (status.GREEN, "Còn hiệu lực", "valid")
    assert "★★★★★" in response.content.decode()
    assert certificate.number in parsed(response).find(f"{SVG}title").text


@pytest.mark.parametrize("fields, state", [
    ({"status": "revoked"}, "revoked"),
    ({"status": "suspended"}, "suspended"),
])
def test_revoked_and_suspended_badges_are_red(api, fields, state):
    certificate = factories.make_product(**fields).certificates.get()

    fill, words, shown = colour_and_words(badge(api, certificate))

    assert (fill, shown) == (status.RED, state)
    assert words == certificate.get_status_display()


def test_badge_changes_when_the_certificate_lapses_with_no_job(api):
    today = timezone.localdate()
    certificate = factories.make_product(valid_until=today + dt.timedelta(days=40)) \
        .certificates.get()
    first = badge(api, certificate)
    assert colour_and_words(first)[:2] == (status.GREEN, "Còn hiệu lực")
    zone = timezone.get_current_timezone()

    with time_machine.travel(dt.datetime.combine(today + dt.timedelta(days=20), dt.time(9),
                                                 tzinfo=zone)):
        fill, words, state = colour_and_words(badge(api, certificate))
    assert (fill, state) == (status.YELLOW, "expiring")
    assert words.startswith("Sắp hết hạn")

    with time_machine.travel(dt.datetime.combine(today + dt.timedelta(days=41), dt.time(9),
                                                 tzinfo=zone)):
        lapsed = badge(api, certificate, HTTP_IF_NONE_MATCH=first["ETag"])
        assert colour_and_words(lapsed) == (status.RED, "Đã hết hạn", "expired")
    assert lapsed["ETag"] != first["ETag"]


def test_badge_caching_headers(api):
    certificate = factories.make_product().certificates.get()

    response = badge(api, certificate)

    max_age = int(re.search(r"max-age=(\d+)", response["Cache-Control"]).group(1))
    assert 0 < max_age <= 24 * 3600
    assert response["ETag"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert badge(api, certificate, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_badge_is_never_cached_past_midnight(api):
    certificate = factories.make_product().certificates.get()
    zone = timezone.get_current_timezone()
    late = dt.datetime.combine(timezone.localdate(), dt.time(23, 50), tzinfo=zone)

    with time_machine.travel(late, tick=False):
        response = badge(api, certificate)

    assert "max-age=600" in response["Cache-Control"]


def test_unknown_badge_is_404(api):
    assert api.get("/badge/khong-co/123.svg").status_code == 404


def test_badge_escapes_what_it_shows(api):
    product = factories.make_product(certificate=False)
    certificate = product.certificates.create(
        number='7/<script>"&', stars=3, level="province",
        issued_on=timezone.localdate() - dt.timedelta(days=1))

    response = badge(api, certificate)

    assert b"<script>" not in response.content
    parsed(response)
