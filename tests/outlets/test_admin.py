"""Back office (Django admin): lapsed products are flagged, history is kept."""
import pytest
from django.contrib.staticfiles import finders

from outlets.assortment import add_product
from outlets.models import Outlet
from tests.factories import make_product
from tests.outlets.builders import make_outlet

pytestmark = pytest.mark.django_db


def test_outlet_page_flags_a_product_whose_certificate_lapsed(admin_client):
    outlet = make_outlet()
    lapsed = make_product("Nem chua Thanh Hóa")
    add_product(outlet, lapsed)
    add_product(outlet, make_product("Bánh gai Tứ Trụ"))
    lapsed.certificates.get().change_status("revoked", "Vi phạm")
    html = admin_client.get(f"/django-admin/outlets/outlet/{outlet.pk}/change/").content.decode()
    assert html.count('alt="False"') == 1  # one row flagged for removal
    assert html.count('alt="True"') == 1


def test_status_action_records_history(admin_client):
    outlet = make_outlet()
    admin_client.post("/django-admin/outlets/outlet/", {
        "action": "mark_suspended", "_selected_action": [outlet.pk], "reason": "Sửa chữa nhà ga",
    })
    outlet.refresh_from_db()
    assert outlet.status == Outlet.Status.SUSPENDED
    assert outlet.status_changes.get().reason == "Sửa chữa nhà ga"


def test_leaflet_is_served_from_our_static_files():
    for name in ("leaflet.js", "leaflet.css", "images/marker-icon.png"):
        assert finders.find(f"outlets/vendor/leaflet/{name}"), name
    assert finders.find("outlets/map.js") and finders.find("outlets/near-me.js")
