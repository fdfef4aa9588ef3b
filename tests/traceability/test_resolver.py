"""The resolver through HTTP: 400 / 404 / linkset / HEAD / redirect / scan log."""
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_product
from traceability.models import ScanRecord, ShortCode

from .builders import batch, gtin13, traced_product

pytestmark = pytest.mark.django_db
LINKSET = "application/linkset+json"


@pytest.fixture
def product(db):
    return traced_product("Chè shan tuyết Thanh Sơn")


def test_plain_request_shows_trace_page(client, product):
    response = client.get(f"/01/{product.upc}")
    assert response.status_code == 200
    assert "Chè shan tuyết Thanh Sơn" in response.content.decode()


def test_gtin13_resolves_to_the_same_product(client, product):
    assert client.get(f"/01/{product.upc[1:]}").status_code == 200


@pytest.mark.parametrize("suffix", ["/10/" + "L" * 21, "/10/a%20b", "/99/x", "/10"])
def test_malformed_qualifiers_answer_400(client, product, suffix):
    response = client.get(f"/01/{product.upc}{suffix}")
    assert response.status_code == 400
    assert "Mã không hợp lệ" in response.content.decode()


def test_bad_check_digit_answers_400_with_reason(client):
    response = client.get("/01/4006381333932")
    assert response.status_code == 400
    assert "check digit" in response.content.decode()


def test_unknown_gtin_lot_and_serial_answer_404(client, product):
    batch(product, "L1")
    assert client.get(f"/01/{gtin13(999)}").status_code == 404
    assert client.get(f"/01/{product.upc}/10/L2").status_code == 404
    assert client.get(f"/01/{product.upc}/10/L1/21/NOPE").status_code == 404


def test_product_that_never_had_a_certificate_answers_404(client):
    product = make_product(certificate=False)
    product.upc = gtin13().zfill(14)
    product.save()
    assert client.get(f"/01/{product.upc}").status_code == 404


@pytest.mark.parametrize("how", ["query", "accept"])
def test_linkset(client, product, how):
    url = f"/01/{product.upc}"
    if how == "query":
        response = client.get(url + "?linkType=linkset")
    else:
        response = client.get(url, HTTP_ACCEPT=LINKSET)
    assert response.status_code == 200
    assert response["Content-Type"] == LINKSET
    links = json.loads(response.content)["linkset"][0]
    assert links["anchor"] == f"http://testserver/01/{product.upc}"
    assert links["https://gs1.org/voc/pip"][0]["href"].endswith(product.get_absolute_url())
    assert "https://gs1.org/voc/certificationInfo" in links
    assert links["https://gs1.org/voc/traceability"][0]["href"] == links["anchor"]


def test_pip_link_type_redirects_to_product_page(client, product):
    response = client.get(f"/01/{product.upc}?linkType=gs1:pip")
    assert response.status_code == 307
    assert response["Location"] == product.get_absolute_url()


def test_head_answers_like_get_without_body(client, product):
    assert client.head(f"/01/{product.upc}").status_code == 200
    assert client.head(f"/01/{product.upc}").content == b""
    assert client.head("/01/4006381333932").status_code == 400
    assert client.head(f"/01/{gtin13(999)}").status_code == 404


def test_short_code(client, product):
    code = ShortCode.objects.create(product=product)
    assert len(code.token) >= 16
    assert client.get(f"/t/{code.token}").status_code == 200
    assert client.get("/t/unknown-token").status_code == 404
    assert client.get("/t/bad%21token").status_code == 400
    assert client.get(f"/t/{code.token}?linkType=linkset")["Content-Type"] == LINKSET


def test_every_resolution_is_logged_without_personal_data(client, product):
    client.get(f"/01/{product.upc}", REMOTE_ADDR="203.113.45.67", HTTP_USER_AGENT="Phone X")
    client.get(f"/01/{product.upc}?linkType=linkset")
    scans = list(ScanRecord.objects.order_by("pk"))
    assert [s.answer for s in scans] == ["page", "linkset"]
    assert scans[0].product == product and scans[0].network == "203.113.0.0/16"
    stored = " ".join(str(v) for s in scans for v in vars(s).values())
    assert "203.113.45.67" not in stored and "Phone X" not in stored
    assert scans[0].scanned_at.minute == 0


# --- Property: nothing under /01/ answers 500 ------------------------------
SEGMENT = st.text(
    alphabet=st.sampled_from(list("0123456789/%AZaz-._~!$&'()*+,;=:@éđ\"<> ")), max_size=30
)
GTINISH = st.one_of(st.text(alphabet="0123456789", min_size=0, max_size=15), SEGMENT)


@settings(
    max_examples=1000, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    gtin=GTINISH,
    parts=st.lists(st.tuples(st.sampled_from(["10", "21", "22", "01", "", "x"]), SEGMENT),
                   max_size=3),
    query=st.sampled_from(["", "?linkType=linkset", "?linkType=gs1:pip", "?linkType=%ZZ"]),
)
def test_generated_paths_never_answer_500(client, product, gtin, parts, query):
    path = "/01/" + gtin + "".join(f"/{ai}/{value}" for ai, value in parts)
    response = client.get(path + query)
    assert response.status_code in (200, 307, 400, 404), path


def test_raw_uri_from_the_server_is_preferred(client, product):
    batch(product, "A/21/B")  # a lot that the decoded path cannot tell apart
    path = f"/01/{product.upc}/10/A%2F21%2FB"
    assert client.get(path, RAW_URI=path).status_code == 200


def test_link_header_points_to_the_linkset(client, product):
    expected = (
        f'<http://testserver/01/{product.upc}?linkType=linkset>; rel="linkset"; '
        'type="application/linkset+json"'
    )
    for response in (
        client.get(f"/01/{product.upc}"),
        client.head(f"/01/{product.upc}"),
        client.get(f"/01/{product.upc}?linkType=gs1:pip"),
    ):
        assert response["Link"] == expected
    code = ShortCode.objects.create(product=product)
    assert client.get(f"/t/{code.token}")["Link"].startswith(
        f"<http://testserver/t/{code.token}?linkType=linkset>"
    )
