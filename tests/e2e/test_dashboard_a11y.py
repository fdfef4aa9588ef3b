"""axe-core on the back-office pages people open every day.

The journeys (test_journeys.py) check the dashboard pages they pass; this
test adds the ones an operator, a producer's staff and a provincial officer
open each morning: the dashboard index, the order list and an order, the
certificates, the product list, the outlets and the traceability pages
(batches, scan statistics). One browser tab, the three people in turn,
logged in by session cookie as the journeys do; every page must be free of
serious and critical WCAG 2.1 A/AA violations (tests/e2e/axe.py).
"""
import pytest
from django.urls import reverse

from tests.backoffice.world import build_world
from tests.e2e.axe import assert_none_found
from tests.e2e.journeys import Journey
from tests.people import make_people

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


#: Violations not fixed yet, by person and URL name: each sits in one big
#: block of an Oscar template that would have to be copied whole to change
#: one element. The test fails on any other violation, and also when one of
#: these is gone, so the entry is removed with the fix.
UNFIXED = {
    # Oscar's hourly order graph: a <dl> of <dd> without <dt>, inside the
    # dashboard_content block (the whole page) of oscar/dashboard/index.html.
    ("operator", "dashboard:index"): {"definition-list"},
    ("producer", "dashboard:index"): {"definition-list"},
    ("officer", "dashboard:index"): {"definition-list"},
    # The line checkboxes and quantity boxes of the order_lines block
    # (160 lines) of oscar/dashboard/orders/order_detail.html have no label.
    ("operator", "dashboard:order-detail"): {"label"},
}


def daily_pages(world):
    """Each person and the dashboard pages (URL name, kwargs) they open daily."""
    order = ("dashboard:order-detail", {"number": world.order.number})
    return {
        "operator": (world.operator, [
            ("dashboard:index", {}),
            ("dashboard:order-list", {}),
            order,
            ("dashboard:certificates-list", {}),
            ("dashboard:catalogue-product-list", {}),
            ("dashboard:outlets-list", {}),
            ("dashboard:trace-batch-list", {}),
        ]),
        "producer": (world.staff_a, [
            ("dashboard:index", {}),
            ("dashboard:order-list", {}),
            order,
            ("dashboard:certificates-list", {}),
            ("dashboard:catalogue-product-list", {}),
            ("dashboard:trace-batch-list", {}),
            ("dashboard:trace-scan-stats", {}),
        ]),
        "officer": (world.officer_x, [
            ("dashboard:index", {}),
            ("dashboard:outlets-list", {}),
            ("dashboard:outlets-detail", {"pk": world.x.outlet.pk}),
        ]),
    }


def test_daily_dashboard_pages_pass_axe(page, live_server):
    pytest.importorskip("axe_playwright_python")
    page.set_default_timeout(15_000)
    world = build_world(make_people())
    found, unfixed = {}, {}
    for who, (user, pages) in daily_pages(world).items():
        journey = Journey(page, live_server)
        journey.log_out()
        journey.log_in(user)
        for name, kwargs in pages:
            path = reverse(name, kwargs=kwargs)
            response = page.goto(journey.base + path)
            assert response.ok, (who, path, response.status)
            journey.check()
            known = UNFIXED.get((who, name), set())
            violations = journey.found.pop(path, [])
            rules = {v.split(" ")[0] for v in violations}
            if known:
                unfixed[(who, name)] = rules & known
            new = [v for v in violations if v.split(" ")[0] not in known]
            if new:
                found[f"{who} {path}"] = new
    assert_none_found(found)
    assert unfixed == UNFIXED, "fixed at last? remove it from UNFIXED"
