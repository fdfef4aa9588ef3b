"""Page types: each renders what its visitors need, in the place it belongs."""
import datetime as dt
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.models import (
    CollectionPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    ProducerStoryPage,
    RegionPage,
)
from tests.cms import builders
from tests.factories import make_producer, make_product
from tests.outlets.builders import HANOI_STATION, THANHHOA_STATION, make_outlet

pytestmark = pytest.mark.django_db
VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def html_of(client, page_or_url):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_page_types_sit_where_they_belong():
    home = builders.home()
    assert NewsIndexPage.can_create_at(home)
    assert not NewsArticlePage.can_create_at(home)
    assert not EventPage.can_create_at(home)
    assert EventPage.can_create_at(builders.event_index())
    assert not NewsArticlePage.can_create_at(builders.event_index())
    assert ProducerStoryPage.can_create_at(builders.news_index())
    assert RegionPage.can_create_at(builders.region_index())
    assert CollectionPage.can_create_at(home)
    home.refresh_from_db()
    assert not EventIndexPage.can_create_at(home)  # one per home page
    assert HomePage.allowed_subpage_models()


def test_news_index_lists_articles_and_stories(client):
    producer = make_producer("HTX Chè Tân Cương")
    builders.article("Khai mạc tuần hàng OCOP", intro="Hơn 200 sản phẩm.")
    builders.story(producer, "Người giữ nghề chè")

    html = html_of(client, builders.news_index())

    assert "Khai mạc tuần hàng OCOP" in html
    assert "Hơn 200 sản phẩm." in html
    assert "Người giữ nghề chè" in html


def test_article_body_blocks_render(client):
    page = builders.article(
        "Tin có nội dung",
        body=[
            ("heading", {"text": "Một tiêu đề mục", "size": "h2"}),
            ("paragraph", "<p>Đoạn văn <b>đậm</b>.</p>"),
            ("quote", {"text": "Sản phẩm của làng", "attribution": "Chủ HTX"}),
        ],
    )
    html = html_of(client, page)
    assert "<h2>Một tiêu đề mục</h2>" in html
    assert "Đoạn văn <b>đậm</b>." in html
    assert "Sản phẩm của làng" in html and "Chủ HTX" in html


def test_an_expired_product_vanishes_from_every_product_block_without_editing(client):
    today = timezone.localdate()
    kept = make_product("Mật ong bạc hà")
    lapsing = make_product("Nước mắm Cửa Hội")
    collection = builders.collection([kept, lapsing], "Quà Tết")
    article = builders.article(
        "Tin có sản phẩm",
        body=[("products", {"title": "Gợi ý", "products": [kept, lapsing]})],
    )
    event = builders.event("Phiên livestream", kind="livestream",
                           stream_url="https://www.youtube.com/watch?v=abc",
                           products=[kept, lapsing])
    for page in (collection, article, event):
        html = html_of(client, page)
        assert "Mật ong bạc hà" in html and "Nước mắm Cửa Hội" in html

    # The certificate lapses; nobody touches the pages.
    lapsing.certificates.update(valid_until=today - dt.timedelta(days=1))

    for page in (collection, article, event):
        html = html_of(client, page)
        assert "Mật ong bạc hà" in html
        assert "Nước mắm Cửa Hội" not in html
        assert lapsing.get_absolute_url() not in html


def test_revoked_product_is_dropped_and_order_kept():
    from cms.products import still_listed

    first, second, revoked = make_product("A"), make_product("B"), make_product("C")
    revoked.certificates.update(status="revoked")
    assert [p.title for p in still_listed([second, revoked, first])] == ["B", "A"]


def test_event_shows_vietnam_times_producers_and_calendar(client):
    producer = make_producer("HTX Bưởi Diễn")
    start = dt.datetime(2030, 3, 8, 9, 0, tzinfo=VIETNAM)
    page = builders.event("Hội chợ OCOP Hà Nội 2030", start=start, hours=8,
                          producers=[producer], intro="Hội chợ lớn.")

    html = html_of(client, page)
    assert "09:00 08/03/2030" in html and "17:00 08/03/2030" in html
    assert "Trung tâm Hội chợ Triển lãm Giảng Võ" in html
    assert "HTX Bưởi Diễn" in html and producer.get_absolute_url() in html
    assert page.ics_url in html

    response = client.get(page.ics_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    ics = response.content.decode().replace("\r\n ", "")
    assert "BEGIN:VEVENT" in ics
    assert "SUMMARY:Hội chợ OCOP Hà Nội 2030" in ics
    assert "DTSTART:20300308T020000Z" in ics  # 09:00 in Vietnam
    assert "DTEND:20300308T100000Z" in ics
    assert "LOCATION:Trung tâm Hội chợ Triển lãm Giảng Võ" in ics


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"kind": "livestream", "stream_url": ""}, "stream_url"),
        ({"kind": "trade_fair", "place": ""}, "place"),
        ({"kind": "trade_fair", "hours": -1}, "end"),
    ],
)
def test_event_refuses_incomplete_dates_and_places(fields, field):
    start = timezone.now()
    page = EventPage(title="Sự kiện", slug="su-kien-loi", kind=fields["kind"], start=start,
                     end=start + dt.timedelta(hours=fields.get("hours", 2)),
                     place=fields.get("place", "Hà Nội"), stream_url=fields.get("stream_url", ""))
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


def test_event_index_splits_upcoming_and_past(client):
    builders.event("Hội chợ sắp tới", start=timezone.now() + dt.timedelta(days=3))
    builders.event("Hội chợ đã qua", start=timezone.now() - dt.timedelta(days=30))
    html = html_of(client, builders.event_index())
    assert html.index("Hội chợ sắp tới") < html.index("Hội chợ đã qua")


def test_producer_story_links_its_producer_and_listed_products(client):
    producer = make_producer("HTX Miến Dong")
    make_product("Miến dong Sơn Lương", producer=producer)
    make_product("Miến hết hạn", producer=producer, status="suspended")
    page = builders.story(producer, "Từ củ dong đến sợi miến", intro="Câu chuyện của làng.")

    html = html_of(client, page)
    assert producer.get_absolute_url() in html
    assert "Miến dong Sơn Lương" in html
    assert "Miến hết hạn" not in html


def test_region_page_shows_its_province_only(client):
    thanh_hoa = make_producer("HTX Nem chua", province_code="38")
    ha_noi = make_producer("HTX Hà Nội", province_code="01")
    make_product("Nem chua Thanh Hóa", producer=thanh_hoa)
    make_product("Nem hết hạn", producer=thanh_hoa, status="revoked")
    make_product("Bánh cốm Hà Nội", producer=ha_noi)
    make_outlet(THANHHOA_STATION)
    make_outlet(HANOI_STATION)
    page = builders.region("38", "Đặc sản Thanh Hóa")

    html = html_of(client, page)
    assert "Nem chua Thanh Hóa" in html
    assert "Nem hết hạn" not in html
    assert "Bánh cốm Hà Nội" not in html
    assert "HTX Nem chua" in html and "HTX Hà Nội" not in html
    assert "Điểm OCOP Ga Thanh Hóa" in html and "Điểm OCOP Ga Hà Nội" not in html
    assert "/outlets/map/?province=38" in html


def test_one_region_page_per_province():
    builders.region("38")
    duplicate = RegionPage(title="Thanh Hóa 2", slug="thanh-hoa-2", province_code="38")
    with pytest.raises(ValidationError) as error:
        duplicate.clean()
    assert "province_code" in error.value.message_dict


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root, settings)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_region_page_costs_the_same_queries_with_more_data(client):
    page = builders.region("38")

    def add(n):
        for _ in range(n):
            producer = make_producer(province_code="38")
            make_product(producer=producer)
            make_outlet(THANHHOA_STATION, name=f"Điểm bán {producer.pk}")

    add(1)
    small = queries_for(client, page.url)
    add(5)
    assert queries_for(client, page.url) == small


def test_home_shows_events_collections_and_regions(client):
    builders.event("Hội chợ tháng tới", start=timezone.now() + dt.timedelta(days=20))
    builders.event("Hội chợ năm ngoái", start=timezone.now() - dt.timedelta(days=300))
    builders.collection([make_product("Trà shan tuyết")], "Quà biếu")
    builders.region("38", "Xứ Thanh")

    html = html_of(client, "/")
    assert "Hội chợ tháng tới" in html
    assert "Hội chợ năm ngoái" not in html
    assert "Quà biếu" in html
    assert "Xứ Thanh" in html


def test_home_features_chosen_products_when_the_editor_picks_some(client):
    make_product("Sản phẩm mới nhất")
    chosen = make_product("Sản phẩm được chọn")
    home = builders.home()
    home.products = builders.product_blocks([chosen])
    home.save_revision().publish()

    html = html_of(client, "/")
    assert "Sản phẩm được chọn" in html
    assert "Sản phẩm mới nhất" not in html
