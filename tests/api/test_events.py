"""/api/events/: trade fairs and livestreams, as published on the site."""
import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories
from tests.cms import builders
from tests.cms.conftest import fresh_site_root_paths  # noqa: F401 (autouse: page URLs)

pytestmark = pytest.mark.django_db


def _days(n):
    return timezone.now() + dt.timedelta(days=n)


def _titles(response):
    assert response.status_code == 200, response.content
    return [event["title"] for event in response.json()["results"]]


def test_upcoming_by_default_past_and_all_on_request(api):
    builders.event("Hội chợ tháng sau", start=_days(30))
    builders.event("Hội chợ tuần sau", start=_days(7))
    builders.event("Hội chợ năm ngoái", start=_days(-300))
    builders.event("Hội chợ tháng trước", start=_days(-30))
    builders.event("Đang diễn ra", start=timezone.now() - dt.timedelta(hours=1), hours=3)

    assert _titles(api.get("/api/events/")) == [
        "Đang diễn ra", "Hội chợ tuần sau", "Hội chợ tháng sau"]
    assert _titles(api.get("/api/events/?when=past")) == [
        "Hội chợ tháng trước", "Hội chợ năm ngoái"]
    assert len(_titles(api.get("/api/events/?when=all"))) == 5


def test_event_shape_times_links_and_producers(api):
    producer = factories.make_producer("HTX Mật ong Bắc Kạn")
    product = factories.make_product("Mật ong bạc hà", producer=producer)
    start = timezone.make_aware(dt.datetime(2030, 3, 1, 8, 0))  # Asia/Ho_Chi_Minh
    page = builders.event("Phiên livestream mật ong", kind="livestream", start=start, hours=2,
                          place="", stream_url="https://live.example.vn/mat-ong",
                          producers=[producer], products=[product])

    event = api.get(f"/api/events/{page.pk}/").json()

    assert event["id"] == page.pk
    assert event["kind"] == "livestream"
    assert event["start"] == "2030-03-01T08:00:00+07:00"
    assert event["end"] == "2030-03-01T10:00:00+07:00"
    assert event["stream_url"] == "https://live.example.vn/mat-ong"
    assert event["url"] == "http://testserver" + page.url
    assert event["ics_url"].startswith("http://testserver" + page.url)
    assert api.get(event["ics_url"]).status_code == 200
    assert event["producers"] == [{"id": producer.pk, "name": "HTX Mật ong Bắc Kạn"}]
    assert [p["id"] for p in event["products"]] == [product.pk]
    assert event["products"][0]["url"].startswith("http://testserver/")
    assert api.get("/api/events/").json()["results"] == [event]


def test_draft_and_private_pages_never_appear(api):
    from wagtail.models import PageViewRestriction

    shown = builders.event("Hội chợ công khai")
    draft = builders.event("Hội chợ nháp")
    draft.unpublish()
    private = builders.event("Hội chợ nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="password",
                                       password="bimat")

    assert _titles(api.get("/api/events/?when=all")) == ["Hội chợ công khai"]
    assert api.get(f"/api/events/{shown.pk}/").status_code == 200
    for hidden in (draft, private):
        assert api.get(f"/api/events/{hidden.pk}/").status_code == 404


def test_expired_product_vanishes_without_editing_the_page(api):
    today = timezone.localdate()
    lasting = factories.make_product("Chè Tân Cương", valid_until=today + dt.timedelta(days=400))
    lapsing = factories.make_product("Nem chua", valid_until=today)
    page = builders.event("Hội chợ đặc sản", start=_days(3), products=[lasting, lapsing])

    assert [p["title"] for p in api.get(f"/api/events/{page.pk}/").json()["products"]] == [
        "Chè Tân Cương", "Nem chua"]

    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(9),
                                   tzinfo=timezone.get_current_timezone())
    with time_machine.travel(tomorrow):
        products = api.get(f"/api/events/{page.pk}/").json()["products"]
    assert [p["title"] for p in products] == ["Chè Tân Cương"]


def test_filters_kind_and_producer(api):
    producer = factories.make_producer("HTX Gốm Bát Tràng")
    builders.event("Hội chợ gốm", producers=[producer])
    builders.event("Livestream chè", kind="livestream", place="",
                   stream_url="https://live.example.vn/che")

    assert _titles(api.get("/api/events/?kind=livestream")) == ["Livestream chè"]
    assert _titles(api.get(f"/api/events/?producer={producer.pk}")) == ["Hội chợ gốm"]
    assert _titles(api.get("/api/events/?kind=&when=")) == ["Hội chợ gốm", "Livestream chè"]


def test_filter_by_province(api):
    builders.event("Hội chợ Quảng Trị", province_code="44")
    builders.event("Hội chợ Thanh Hóa", province_code="38")
    builders.event("Livestream chè", kind="livestream", place="",
                   stream_url="https://live.example.vn/che")

    assert _titles(api.get("/api/events/?province=44")) == ["Hội chợ Quảng Trị"]
    event = api.get("/api/events/?province=38").json()["results"][0]
    assert (event["province_code"], event["province_name"]) == ("38", "Thanh Hóa")
    assert len(_titles(api.get("/api/events/?province="))) == 3
    assert _titles(api.get("/api/events/?province=01")) == []


def test_unknown_id_is_404(api):
    builders.event()

    for path in ("/api/events/999999/", f"/api/events/{2**70}/"):
        response = api.get(path)
        assert response.status_code == 404
        assert response["Access-Control-Allow-Origin"] == "*"
    not_an_event = builders.event_index()
    assert api.get(f"/api/events/{not_an_event.pk}/").status_code == 404


@pytest.mark.parametrize("query, field, words", [
    ("when=tomorrow", "when", "chọn upcoming, past hoặc all"),
    ("kind=concert", "kind", "Loại sự kiện “concert” không có"),
    ("province=99", "province", "Mã tỉnh/thành “99” không có trong danh mục"),
    ("producer=abc", "producer", "Phải là số nguyên."),
    ("producer=", "producer", "Phải là số nguyên."),
    ("producer=0", "producer", "lớn hơn hoặc bằng"),
    ("page_size=0", "page_size", "Số kết quả mỗi trang"),
])
def test_bad_parameters_answer_400_in_vietnamese(api, query, field, words):
    builders.event()

    response = api.get(f"/api/events/?{query}")

    assert response.status_code == 400
    message = response.json()[field][0]
    assert words in message, message


def test_conditional_get_and_cors(api):
    builders.event()

    first = api.get("/api/events/")
    assert first["Access-Control-Allow-Origin"] == "*"
    assert first["ETag"] and first["Last-Modified"]
    again = api.get("/api/events/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_throttled_like_the_other_public_endpoints(api, settings):
    settings.OCOP_API_RATES = {"public": "2/minute", "producer": None}
    builders.event()

    statuses = [api.get("/api/events/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


def test_a_page_of_events_costs_a_fixed_number_of_queries(api):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert api.get("/api/events/").status_code == 200
        return len(queries)

    producer = factories.make_producer()
    builders.event("Một", producers=[producer], products=[factories.make_product("A")])
    count()  # warms the caches (site root paths, default locale)
    few = count()
    for n in range(4):
        builders.event(f"Thêm {n}", producers=[factories.make_producer(f"HTX {n}")],
                       products=[factories.make_product(f"SP {n}")])
    assert count() == few


def test_english_translation_follows_the_language_cookie(api):
    from cms.demo_translations import translate

    page = builders.event("Hội chợ OCOP miền Trung", place="Đà Nẵng")
    english_home = translate(builders.home())
    english_index = builders.event_index().copy_for_translation(english_home.locale)
    english_index.save_revision().publish()
    english = page.copy_for_translation(english_home.locale)
    english.title, english.place = "Central Vietnam OCOP fair", "Da Nang"
    english.save_revision().publish()
    untranslated = builders.event("Hội chợ chưa dịch", start=_days(8))

    vietnamese = api.get("/api/events/").json()["results"]
    assert [(e["id"], e["title"]) for e in vietnamese] == [
        (page.pk, "Hội chợ OCOP miền Trung"), (untranslated.pk, "Hội chợ chưa dịch")]

    api.cookies["django_language"] = "en"
    shown = api.get("/api/events/").json()["results"]
    assert [(e["id"], e["title"], e["place"]) for e in shown] == [
        (page.pk, "Central Vietnam OCOP fair", "Da Nang"),
        (untranslated.pk, "Hội chợ chưa dịch", untranslated.place)]
    assert shown[0]["url"].endswith(english.url)
