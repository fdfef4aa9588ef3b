"""The permission matrix: every back-office URL × seven people × GET and POST.

Every route under /dashboard/ (``tests.backoffice.urls.back_office_urls``)
must have a row in ``MATRIX`` saying who may open it; a route without one
fails ``test_every_back_office_url_is_in_the_matrix``, so a new view cannot
escape. Parameters are filled with producer A's (province X's) records
from ``tests.backoffice.world``, so the matrix asks each time: may producer
B, or officer Y, reach A's (X's) record?

What each person gets:

- allowed: the view's normal answer (``Row.get`` / ``Row.post``: 200, a
  302 after a saved form, 405 where the view does not take that method);
- readers (``Row.readers``): the page by GET, 403 by POST;
- refused by the view (``Row.refused``): producer B on A's object and
  officer Y on X's editable object get 404 (or what is written there,
  e.g. 200 for a form that refuses B's choice of A's product), and
  nothing changes;
- anyone else logged in: 403 from Oscar's permission decorator;
  anonymous: a redirect to the login page.

Every denied POST is checked against a snapshot of the back office's
tables (``snapshot``), and every page a producer or officer GETs is
searched for the other producer's (province's) private records
(``forbidden``). Holes found are listed in ``HOLES`` and expected to fail
(``xfail(strict=True)``) until the app is fixed.

One world serves the whole module (``shared_world``); each case runs in
its own savepoint, so what an allowed POST changes is undone before the next.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.db import connection, transaction

from shop.order import statuses
from tests.backoffice.steps import profile_data
from tests.backoffice.urls import back_office_urls
from tests.backoffice.world import build_world
from tests.certificates.conftest import pdf_upload
from tests.dashboard_catalogue.pages import edit_url, new_product_data, page_data
from tests.outlets.officers import dashboard_form_data
from tests.people import client_for, make_people

pytestmark = pytest.mark.django_db

PEOPLE = ("anonymous", "consumer", "staff_a", "staff_b", "officer_x", "officer_y", "operator")
#: Oscar sends anonymous visitors to the dashboard's login page (or the shop's).
LOGIN = ("/dashboard/login/", "/accounts/login/")


# --- Who ---------------------------------------------------------------------
EVERYONE = frozenset(PEOPLE)
NOBODY = frozenset()
OPERATOR = frozenset({"operator"})
#: The producer-facing pages without an object in the URL (each sees its own).
PRODUCERS = frozenset({"operator", "staff_a", "staff_b"})
#: A's records: its staff and operators; B's staff are refused by the lookup.
OWNER_A = frozenset({"operator", "staff_a"})
#: Outlet pages that read (every province) and that change (X's officer only).
OFFICERS = frozenset({"operator", "officer_x", "officer_y"})
OFFICER_X = frozenset({"operator", "officer_x"})
#: Everyone who works in the back office (the dashboard's index).
BACK_OFFICE = PRODUCERS | OFFICERS
#: Certificates: producers their own, officers their province's.
CERT_READERS = BACK_OFFICE
CERT_READERS_A = frozenset({"operator", "staff_a", "officer_x"})


def ids(w, **names):
    """Path parameters from the world: ``pk="a.zone"`` → ``{"pk": w.a.zone.pk}``."""
    values = {}
    for param, path in names.items():
        obj = w
        for part in path.split("."):
            obj = getattr(obj, part)
        values[param] = getattr(obj, "pk", obj)
    return values


@dataclass(frozen=True)
class Row:
    """What one URL answers: to the allowed, ``get``/``post``; to the people in
    ``refused``, what is written there (one code, or a (GET, POST) pair);
    to everyone else, 403 (anonymous: the login page)."""

    allowed: frozenset
    get: int = 200
    post: int = 405
    refused: dict = field(default_factory=dict)
    readers: frozenset = frozenset()
    params: Callable | None = None  # world → path parameters
    query: Callable | None = None  # world → query string (without "?")
    data: Callable | None = None  # world → POST data

    def expected(self, who, method):
        if who in self.refused:
            codes = self.refused[who]
            return codes if isinstance(codes, int) else codes[method == "POST"]
        if who in self.allowed:
            return self.get if method == "GET" else self.post
        if who in self.readers and method == "GET":
            return self.get
        return 302 if who == "anonymous" else 403

    def denies(self, who, method):
        """Whether this request must change nothing."""
        return who not in self.allowed or who in self.refused or (
            (self.get if method == "GET" else self.post) in (403, 404, 405))


def foreign(*who, get=404, post=404):
    """Producer B / officer Y on A's / X's record: refused by the lookup."""
    return {person: (get, post) for person in who}


def a(name, param="pk"):
    return lambda w: ids(w, **{param: f"a.{name}"})


def x(name, param="pk"):
    return lambda w: ids(w, **{param: f"x.{name}"})


# --- POST data that would be accepted from the owner ----------------------------
def certificate_submission(w):
    return {"product": w.a.product.pk, "number": "MOI-1/QĐ-UBND", "stars": 4,
            "issued_on": w.a.certificate.issued_on.isoformat(), "document": pdf_upload()}


def recorded_certificate(w):
    return {"number": "MOI-2/QĐ-UBND", "stars": 4, "level": "province",
            "issued_by": "UBND tỉnh Thanh Hóa", "issued_on": dt.date(2025, 9, 1).isoformat()}


def zone_data(w):
    return {"producer": w.producer_a.pk, "name": "Vùng sửa", "province_code": "38",
            "area_ha": "3", "produce": "Chè", "planting_area_code": "VN-38-1",
            "certifications-TOTAL_FORMS": "0", "certifications-INITIAL_FORMS": "0"}


def batch_data(w):
    return {"product": w.a.product.pk, "lot": "SUA-1", "production_date": "2025-10-01",
            "quantity": "7"}


def event_data(w):
    return {"event_type": "object", "biz_step": "shipping", "event_time": "2026-01-02T08:30",
            "event_timezone": "+07:00"}


def event_upload(w):
    from django.core.files.uploadedfile import SimpleUploadedFile

    csv = f"lot,event_time,biz_step\n{w.a.batch.lot},2026-01-02 08:30,shipping\n"
    return {"file": SimpleUploadedFile("su-kien.csv", csv.encode(), content_type="text/csv")}


def product_edit(w):
    data, _ = page_data(client_for(w.staff_a).get(edit_url(w.a.product)))
    return {**data, "title": "Chè đổi tên"}


def product_create(w):
    return new_product_data(client_for(w.staff_a), title="Chè mới")[0]


def outlet_edit(w):
    response = client_for(w.officer_x).get(f"/dashboard/outlets/{w.x.outlet.pk}/edit/")
    return {**dashboard_form_data(response), "name": "Điểm bán đổi tên"}


def outlet_create(w):
    return {"name": "Điểm mới", "outlet_type": "market", "province_code": "38",
            "commune_code": "14797", "street_address": "Số 2",
            **{f"{p}-{k}": "0" for p in ("periods", "exceptions", "photos")
               for k in ("TOTAL_FORMS", "INITIAL_FORMS")}}


def inspection_data(w):
    return {"date": "2026-02-01", "inspector": "Kiểm tra lại", "result": "fail",
            "follow_up_deadline": "2026-03-01"}


def line_shipped(w):
    line = w.a.line
    return {"line_action": "change_line_statuses", "selected_line": [line.pk],
            f"selected_line_qty_{line.pk}": line.quantity, "new_status": statuses.SHIPPED}


def bulk_price(w):
    return {"action": "set_product_price", "selected_product": [w.a.product.pk]}


def partner_data(w):
    return {"name": "HTX đổi tên", "line1": "Thôn Mới", "line4": "Thanh Hóa",
            "postcode": "", "country": "VN"}


def order_status(w):
    return {"action": "change_order_statuses", "selected_order": [w.order.pk],
            "new_status": statuses.CANCELLED}


def producer_query(w):
    return f"producer={w.producer_a.pk}"


# --- The matrix ----------------------------------------------------------------
MATRIX = {
    # Oscar's dashboard itself.
    "index": Row(BACK_OFFICE),
    "login": Row(EVERYONE, post=200),
    "logout": Row(EVERYONE, get=405, post=302),
    # Products (the fork in shop/dashboard/catalogue).
    # Officers hold no product permission: Oscar's product pages are not
    # scoped by province.
    "catalogue-product-list": Row(PRODUCERS, post=302, data=bulk_price),
    "catalogue-product-lookup": Row(PRODUCERS),
    # The second step of a bulk action: without the first step's key, back to the list.
    "catalogue-product-bulk-action": Row(PRODUCERS, get=302, post=302, data=bulk_price),
    # products/create/ asks for the product type, then redirects to products/create/<type>/.
    "dashboard/catalogue/products/create/": Row(PRODUCERS, get=302, post=302),
    # The form as A's staff fill it: B's staff cannot stock it for A, and the
    # operator's form (with recommendations and any producer) wants more.
    "catalogue-product-create": Row(PRODUCERS, post=302, data=product_create,
                                    refused={"staff_b": (200, 200), "operator": (200, 200)},
                                    params=lambda w: {"product_class_slug":
                                                      w.a.product.product_class.slug}),
    # A's staff's page as posted back; the operator's form has more fields (200, unsaved).
    "catalogue-product": Row(OWNER_A, post=302,
                             refused={**foreign("staff_b"), "operator": (200, 200)},
                             params=a("product"), data=product_edit),
    "catalogue-product-delete": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                                    params=a("product")),
    # A's product is no parent product: the operator is sent back with a message.
    "catalogue-product-create-child": Row(OPERATOR, get=302, post=302,
                                          params=a("product", "parent_pk")),
    "stock-alert-list": Row(OPERATOR),
    # Certificates (catalog/dashboard).
    "certificates-list": Row(CERT_READERS),
    "certificates-detail": Row(CERT_READERS_A, refused=foreign("staff_b", "officer_y",
                                                               post=405),
                               params=a("certificate")),
    "certificates-status": Row(OPERATOR, get=405, post=302, params=a("certificate"),
                               data=lambda w: {"action": "revoke", "reason": "Thử"}),
    "certificates-submission-list": Row(PRODUCERS),
    "certificates-submission-create": Row(PRODUCERS, post=302, refused={"staff_b": (200, 200)},
                                          data=certificate_submission),
    "certificates-submission-detail": Row(OWNER_A, refused=foreign("staff_b", post=405),
                                          params=a("submission")),
    "certificates-submission-file": Row(OWNER_A, refused=foreign("staff_b", post=405),
                                        params=a("submission")),
    "certificates-submission-link": Row(OPERATOR, get=405, post=302, params=a("submission")),
    "certificates-submission-record": Row(OPERATOR, get=405, post=302, params=a("submission"),
                                          data=recorded_certificate),
    "certificates-submission-reject": Row(OPERATOR, get=405, post=302, params=a("submission"),
                                          data=lambda w: {"reason": "Không khớp"}),
    # Moderation (operators only).
    "moderation-review-list": Row(OPERATOR),
    "moderation-review-detail": Row(OPERATOR, params=a("review")),
    "moderation-review-approve": Row(OPERATOR, get=405, post=302, params=a("review")),
    "moderation-review-reject": Row(OPERATOR, get=405, post=302, params=a("review"),
                                    data=lambda w: {"reason": "Ảnh mờ"}),
    # Onboarding and producer pages (backoffice/dashboard).
    "producer-invitation-list": Row(OPERATOR),
    "producer-invitation-create": Row(OPERATOR, post=302, data=lambda w: {
        "email": "moi-them@example.vn", "producer": w.producer_a.pk}),
    "producer-invitation-resend": Row(OPERATOR, get=405, post=302, params=a("invitation")),
    "producer-invitation-cancel": Row(OPERATOR, get=405, post=302, params=a("invitation")),
    # The link in the e-mail: its token is the permission (an empty form changes nothing).
    "producer-invitation-accept": Row(EVERYONE, post=200, params=lambda w: {"token": w.a.token}),
    "producer-profile": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                            query=producer_query, data=lambda w: profile_data()),
    "producer-reports": Row(OWNER_A, refused=foreign("staff_b", post=405),
                            query=producer_query),
    # Traceability (traceability/dashboard).
    "trace-zone-list": Row(PRODUCERS),
    "trace-zone-create": Row(PRODUCERS, post=302, refused={"staff_b": (200, 200)},
                             data=zone_data),
    "trace-zone-update": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                             params=a("zone"), data=zone_data),
    "trace-batch-list": Row(PRODUCERS),
    "trace-batch-create": Row(PRODUCERS, post=302, refused={"staff_b": (200, 200)},
                              data=batch_data),
    "trace-batch-update": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                              params=a("batch"), data=batch_data),
    "trace-batch-labels": Row(OWNER_A, refused=foreign("staff_b", post=405),
                              params=a("batch")),
    "trace-batch-labels-pdf": Row(OWNER_A, refused=foreign("staff_b", post=405),
                                  params=a("batch")),
    "trace-batch-serials-generate": Row(OWNER_A, get=405, post=302,
                                        refused=foreign("staff_b", get=405),
                                        params=a("batch"), data=lambda w: {"count": "3"}),
    "trace-batch-serials-csv": Row(OWNER_A, refused=foreign("staff_b", post=405),
                                   params=a("batch")),
    "trace-event-list": Row(OWNER_A, refused=foreign("staff_b", post=405),
                            query=lambda w: f"batch={w.a.batch.pk}"),
    "trace-event-create": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                              params=a("batch", "batch_pk"), data=event_data),
    "trace-event-update": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                              params=a("event"), data=event_data),
    # B's staff may upload; a row naming A's lot is refused with the row's error.
    "trace-event-upload": Row(PRODUCERS, post=302, refused={"staff_b": (200, 200)},
                              data=event_upload),
    "trace-scan-stats": Row(PRODUCERS),
    "trace-report-list": Row(PRODUCERS),
    "trace-report-detail": Row(OWNER_A, refused=foreign("staff_b", post=405),
                               params=a("report")),
    "trace-report-update": Row(OPERATOR, get=405, post=302, params=a("report"),
                               data=lambda w: {"status": "dismissed", "note": "Đã xem"}),
    # Outlets (outlets/dashboard): every officer reads, X's officer changes X.
    "outlets-list": Row(OFFICERS),
    "outlets-overdue": Row(OFFICERS),
    "outlets-coverage": Row(OFFICERS),
    "outlets-detail": Row(OFFICERS, params=x("outlet")),
    # Y's officer may create outlets, but only in Y: X's province is refused by the form.
    "outlets-create": Row(OFFICERS, post=302, refused={"officer_y": (200, 200)},
                          data=outlet_create),
    "outlets-update": Row(OFFICER_X, post=302, refused=foreign("officer_y"),
                          params=x("outlet"), data=outlet_edit),
    "outlets-status": Row(OFFICER_X, get=405, post=302, refused=foreign("officer_y", get=405),
                          params=x("outlet"),
                          data=lambda w: {"status": "suspended", "reason": "Sửa chữa"}),
    "outlets-assortment-add": Row(OFFICER_X, get=405, post=302,
                                  refused=foreign("officer_y", get=405), params=x("outlet"),
                                  data=lambda w: {"product": str(w.b.product.pk)}),
    "outlets-assortment-remove": Row(OFFICER_X, get=405, post=302,
                                     refused=foreign("officer_y", get=405),
                                     params=lambda w: ids(w, pk="x.outlet", row_pk="x.row")),
    "outlets-inspection-create": Row(OFFICER_X, post=302, refused=foreign("officer_y"),
                                     params=x("outlet"), data=inspection_data),
    "outlets-inspection-update": Row(OFFICER_X, post=302, refused=foreign("officer_y"),
                                     params=x("inspection", "inspection_pk"),
                                     data=inspection_data),
    # API keys (api/dashboard).
    "api-token-list": Row(PRODUCERS),
    # Operators may open the form but have no producer to make a key for.
    "api-token-create": Row(PRODUCERS, post=200, refused={"staff_b": (200, 200)},
                            data=lambda w: {"name": "Khóa mới", "producer": w.producer_a.pk}),
    "api-token-revoke": Row(OWNER_A, post=302, refused=foreign("staff_b"),
                            params=a("api_token")),
    # Producers as Oscar's partners dashboard keeps them: operators only
    # (officers read their province's producers through the certificates
    # section; Oscar's partner pages are not scoped by province).
    "partner-list": Row(OPERATOR),
    "partner-manage": Row(OPERATOR, post=302,
                          params=lambda w: ids(w, pk="producer_a"), data=partner_data),
    "partner-create": Row(OPERATOR, post=200),
    "partner-delete": Row(OPERATOR, post=302, params=lambda w: ids(w, pk="producer_a")),
}

# --- Orders (shop/dashboard/orders, the checkout fork: per-producer lines) -------
ORDERS = {
    # A status covers every producer's goods: only operators change it.
    "order-list": Row(OPERATOR, post=302, readers={"staff_a", "staff_b"}, data=order_status),
    "order-stats": Row(OPERATOR, post=200),
    # The shared order holds a line of B too, so B's staff open it (and see only B's line).
    "order-detail": Row(PRODUCERS, post=302, refused={"staff_b": (200, 302)},
                        params=lambda w: {"number": w.order.number}, data=line_shipped),
    # There is no note 999999: GET 404; a POST goes back to the order.
    "order-detail-note": Row(OPERATOR, get=404, post=302,
                             params=lambda w: {"number": w.order.number}),
    "order-line-detail": Row(OWNER_A, refused=foreign("staff_b", post=405),
                             params=lambda w: {"number": w.order.number, "line_id": w.a.line.pk}),
    "order-shipping-address": Row(OPERATOR, post=200,
                                  params=lambda w: {"number": w.order.number}),
    # Refunds move the whole order's money. The world's order has no payment,
    # so the operator's POST is refused by the form (200) and records nothing.
    "order-refund": Row(OPERATOR, post=200, params=lambda w: {"number": w.order.number},
                        data=lambda w: {"amount": "10000", "note": "Hoàn tiền mặt"}),
}
MATRIX.update(ORDERS)

#: Oscar's shop-running sections (reports, customers and their alerts,
#: pages, partner users, offers, ranges, vouchers, e-mails, shipping):
#: operators only, with dummy parameters, so an object page answers 404
#: and an empty POST saves nothing.
SHOP = {
    "reports-index": (200, 405),
    "users-index": (200, 302),  # a bulk action without a selection
    "user-detail": (404, 405),
    "user-password-reset": (405, 404),
    "user-alert-list": (200, 405),
    "user-alert-update": (404, 404),
    "page-list": (200, 405),
    "page-create": (200, 200),
    "page-update": (404, 404),
    "page-delete": (404, 404),
    "partner-user-create": (404, 404),
    "partner-user-select": (404, 404),
    "partner-user-link": (404, 404),
    "partner-user-unlink": (405, 404),
    "partner-user-update": (404, 404),
    "offer-list": (200, 405),
    "range-list": (200, 405),
    "range-create": (200, 200),
    "range-update": (404, 404),
    "range-delete": (404, 404),
    "range-products": (404, 404),
    "range-reorder": (405, 200),
    "voucher-list": (200, 405),
    "voucher-create": (200, 200),
    "voucher-update": (404, 404),
    "voucher-delete": (404, 404),
    "voucher-stats": (404, 405),
    "voucher-set-list": (200, 405),
    "voucher-set-create": (200, 200),
    "voucher-set-update": (404, 404),
    "voucher-set-detail": (404, 404),
    "voucher-set-download": (404, 405),
    "voucher-set-delete": (404, 404),
    "comms-list": (200, 405),
    "comms-update": (404, 404),
    "shipping-method-list": (200, 405),
    "shipping-method-create": (200, 200),
    "shipping-method-detail": (404, 404),
    "shipping-method-edit": (404, 404),
    "shipping-method-delete": (404, 404),
    "shipping-method-band-edit": (404, 404),
    "shipping-method-band-delete": (404, 404),
}
MATRIX.update({name: Row(OPERATOR, get=g, post=p) for name, (g, p) in SHOP.items()})
#: Oscar's offer wizard shares its URL names between a new offer (the steps
#: after the first send the operator back to it: 302) and an existing one
#: (a dummy offer: 404), so its rows are per route.
OFFER_WIZARD = {
    "dashboard/offers/new/metadata/": (200, 200),
    "dashboard/offers/new/condition/": (302, 302),
    "dashboard/offers/new/incentive/": (302, 302),
    "dashboard/offers/new/restrictions/": (302, 302),
    "dashboard/offers/<int:pk>/metadata/": (404, 404),
    "dashboard/offers/<int:pk>/condition/": (404, 404),
    "dashboard/offers/<int:pk>/incentive/": (404, 404),
    "dashboard/offers/<int:pk>/restrictions/": (404, 404),
    "dashboard/offers/<int:pk>/delete/": (404, 404),
    "dashboard/offers/<int:pk>/": (404, 404),
}
MATRIX.update({route: Row(OPERATOR, get=g, post=p) for route, (g, p) in OFFER_WIZARD.items()})
#: Reviews are a hidden feature (OSCAR_HIDDEN_FEATURES): no role has them.
#: Oscar asks for ``auth.delete_user`` to delete a stock alert; no role may
#: delete accounts.
MATRIX.update({name: Row(NOBODY) for name in ("reviews-list", "reviews-update",
                                              "reviews-delete", "user-alert-delete")})

#: Oscar's catalogue structure (categories, product types, options, attribute
#: option groups): operators only (``catalogue.*``); dummy parameters, so an
#: operator's object page answers 404.
STRUCTURE = {
    "catalogue-category-list": (200, 302),
    "catalogue-category-detail-list": (404, 302),
    "catalogue-category-create": (200, 200),
    "catalogue-category-create-child": (200, 200),
    "catalogue-category-update": (404, 404),
    "catalogue-category-delete": (404, 404),
    "catalogue-class-list": (200, 405),
    "catalogue-class-create": (200, 200),
    "catalogue-class-update": (404, 404),
    "catalogue-class-delete": (404, 404),
    "catalogue-attribute-option-group-list": (200, 405),
    "catalogue-attribute-option-group-create": (200, 200),
    "catalogue-attribute-option-group-update": (404, 404),
    "catalogue-attribute-option-group-delete": (404, 404),
    "catalogue-option-list": (200, 405),
    "catalogue-option-create": (200, 200),
    "catalogue-option-update": (404, 404),
    "catalogue-option-delete": (404, 404),
}
MATRIX.update({name: Row(OPERATOR, get=g, post=p) for name, (g, p) in STRUCTURE.items()})


# --- Holes the matrix found (xfail until the app is fixed) -----------------------
HOLES: dict = {}


# --- Running it ------------------------------------------------------------------
def short(name):
    return name.removeprefix("dashboard:")


def row_for(url):
    """The route's own row if it has one (two routes may share a name), else the name's."""
    return MATRIX.get(url.route) or MATRIX.get(short(url.name))


def cases():
    for url in back_office_urls():
        if row_for(url) is None:
            continue
        for who in PEOPLE:
            for method in ("GET", "POST"):
                marks = []
                hole = HOLES.get((short(url.name), who, method))
                if hole:
                    marks.append(pytest.mark.xfail(strict=True, reason=hole))
                yield pytest.param(url, who, method, marks=marks,
                                   id=f"{url.route}-{who}-{method}")


#: Apps whose tables a back-office POST could change: every row counted.
WRITTEN_APPS = ("catalogue", "partner", "order", "traceability", "outlets", "moderation",
                "backoffice", "api", "auth", "offer", "voucher", "flatpages", "shipping",
                "reviews", "communication", "address")
#: The world's records: every field compared too.
WATCHED = ("partner.Partner", "catalogue.Product", "partner.StockRecord",
           "catalogue.OCOPCertificate", "catalogue.CertificateSubmission",
           "moderation.ListingReview", "backoffice.Invitation", "api.ApiToken",
           "traceability.RawMaterialZone", "traceability.ZoneCertification",
           "traceability.Batch", "traceability.TraceEvent", "traceability.SerialCode",
           "traceability.ConsumerReport", "outlets.Outlet", "outlets.OutletProduct",
           "outlets.Inspection", "order.Order", "order.Line", "auth.User")
#: Fields that change on any visit (logging in), not by what was posted.
VOLATILE = {"last_login"}


def counted_tables():
    return sorted({
        model._meta.db_table
        for label in WRITTEN_APPS
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    })


def snapshot():
    """Row counts of the back office's tables (one query) and the fields of the
    world's records."""
    tables = counted_tables()
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(
            f"(SELECT COUNT(*) FROM {quote(table)})" for table in tables))
        state = dict(zip(tables, cursor.fetchone(), strict=True))
    for label in WATCHED:
        rows = apps.get_model(label).objects.order_by("pk").values()
        state[label, "rows"] = [
            {k: v for k, v in row.items() if k not in VOLATILE} for row in rows
        ]
    return state


def changes(before, after):
    return sorted(str(label) for label in before if before[label] != after[label])


#: A page shown to this person must not contain these (the other side's private data).
def forbidden(w, who):
    return {
        "staff_a": [w.b.zone.name, w.b.batch.lot, w.b.report.message, w.b.submission.number,
                    w.b.product.title],
        "staff_b": [w.a.zone.name, w.a.batch.lot, w.a.report.message, w.a.submission.number,
                    w.a.product.title],
        "officer_x": [w.b.certificate.number, w.b.submission.number, w.staff_b.email],
        "officer_y": [w.a.certificate.number, w.a.submission.number, w.staff_a.email],
    }.get(who, [])


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """One world for the whole matrix, built once and rolled back at the end.

    Each case runs inside it in its own savepoint (pytest-django's ``db``), so
    what an allowed POST changes is gone before the next case. The seven
    people are made by the ``people`` fixture's own function.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world(make_people())
        transaction.set_rollback(True)


@pytest.mark.parametrize("url, who, method", list(cases()))
def test_matrix(shared_world, db, url, who, method):
    world = shared_world
    row = row_for(url)
    path = url.path(**(row.params(world) if row.params else {}))
    if row.query:
        path += "?" + row.query(world)
    client = client_for(getattr(world, who))
    denied = row.denies(who, method)
    before = snapshot() if method == "POST" and denied else None
    if method == "GET":
        response = client.get(path)
    else:
        response = client.post(path, row.data(world) if row.data else {})
    expected = row.expected(who, method)
    where = f"{method} {path} as {who}"
    assert response.status_code == expected, f"{where}: {response.status_code}, not {expected}"
    if expected == 302 and who == "anonymous" and who not in row.allowed:
        assert response["Location"].startswith(LOGIN), f"{where}: {response['Location']}"
    if before is not None:
        changed = changes(before, snapshot())
        assert not changed, f"{where} changed {changed}"
    # Pages answering a POST repeat what was posted; the GETs show what is stored.
    if method == "GET" and response.status_code == 200 and not response.streaming:
        page = response.content.decode(errors="replace")
        leaked = [text for text in forbidden(world, who) if text in page]
        assert not leaked, f"{where} shows {leaked}"


def test_every_back_office_url_is_in_the_matrix():
    names = {short(url.name) for url in back_office_urls()}
    missing = sorted(url.route for url in back_office_urls() if row_for(url) is None)
    assert not missing, f"Back-office URLs with no row in MATRIX: {missing}"
    routes = {url.route for url in back_office_urls()}
    unknown = sorted(set(MATRIX) - names - routes)
    assert not unknown, f"Rows in MATRIX for URLs that no longer exist: {unknown}"


#: List pages where the operator sees both producers' records (what ``forbidden`` looks for).
OPERATOR_LISTS = ["/dashboard/trace/zones/", "/dashboard/trace/batches/",
                  "/dashboard/trace/reports/", "/dashboard/certificates/submissions/"]


@pytest.mark.parametrize("path", OPERATOR_LISTS)
def test_the_pages_show_what_the_leak_check_looks_for(shared_world, db, path):
    """Otherwise a page could leak and the search for the other side's data miss it."""
    page = client_for(shared_world.operator).get(path).content.decode()
    shown = [text for who in ("staff_a", "staff_b") for text in forbidden(shared_world, who)
             if text in page]
    assert shown, f"{path} shows none of the records the matrix searches for"
