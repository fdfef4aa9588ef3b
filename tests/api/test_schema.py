"""The OpenAPI schema, its local documentation UI, and a schemathesis run against it.

Schemathesis calls the WSGI application in-process (no network) with
generated requests for every operation, authenticated with a producer's
token, and checks that nothing answers 5xx and that every answer (status,
content type, headers, body) matches the schema.
"""
import json
import re

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from api.models import ApiToken
from tests import factories
from tests.cms import builders
from tests.fuzzing import examples
from tests.outlets.builders import HANOI_STATION, make_outlet

pytestmark = pytest.mark.django_db


def test_schema_is_valid_openapi_3(tmp_path):
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    text = target.read_text()
    assert text.startswith("openapi: 3.")
    for path in ("/api/products/", "/api/certificates/{number}", "/api/outlets/",
                 "/api/producer/products/{id}/", "/api/events/", "/api/events/{id}/"):
        assert f"  {path}:" in text


def test_schema_is_served(api):
    response = api.get("/api/schema/", HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")
    assert "/cms-admin/" not in response.content.decode()


@pytest.mark.parametrize("page", ["/api/docs/", "/api/redoc/"])
def test_docs_use_local_files_only(api, page):
    html = api.get(page).content.decode()

    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources, html
    assert all(not s.startswith(("http:", "https:", "//")) for s in sources), sources
    assert "/static/drf_spectacular_sidecar/" in html


@pytest.fixture
def catalogue(people, settings):
    """Some of everything, and a token of producer A; no rate limits."""
    settings.OCOP_API_RATES = {"public": None, "producer": None}
    product = factories.make_product("Nem chua", producer=people.producer_a)
    factories.make_product("Giò lụa", producer=people.producer_b, status="revoked")
    outlet = make_outlet(HANOI_STATION)
    outlet.assortment.create(product=product)
    builders.event("Hội chợ OCOP", producers=[people.producer_a], products=[product])
    _token, key = ApiToken.issue(name="schemathesis", producer=people.producer_a,
                                 user=people.staff_a)
    return key


def _wsgi_schema():
    """The schema as /api/schema/ serves it, bound to the WSGI application.

    Built with drf-spectacular's generator rather than fetched, because
    fetching it at collection time would touch the database before the test
    database exists (and schemathesis' lazy fixture loader does not run on
    pytest 9.2).
    """
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    from shop.wsgi import application

    document = SchemaGenerator().get_schema(request=None, public=True)
    loaded = schemathesis.openapi.from_dict(
        json.loads(OpenApiJsonRenderer().render(document, renderer_context={})))
    loaded.app = application
    return loaded


schema = _wsgi_schema()


@pytest.fixture
def keep_connection():
    """Like Django's test client, keep the test transaction's connection across
    requests (``close_old_connections`` would close it at each request)."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


@schema.parametrize()
# 50 examples an operation and phase: about 2,400 requests in all (thousands
# more with HYPOTHESIS_PROFILE=thorough).
@settings(max_examples=examples(50, thorough=500), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_matches_its_schema(case, catalogue, keep_connection):
    # Every built-in check but negative_data_rejection: the token is always
    # sent (so "request without Authorization" cases carry it) and unknown
    # query parameters are ignored, as HTTP APIs do. Requests without a
    # token are tested in test_producer_api.py.
    case.call_and_validate(headers={"Authorization": f"Bearer {catalogue}"},
                           excluded_checks=[negative_data_rejection])
