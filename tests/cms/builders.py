"""Page builders for the CMS tests: real pages under the site's home page."""
import datetime as dt

from django.utils import timezone

from cms.models import (
    CollectionPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    ProducerStoryPage,
    RegionIndexPage,
    RegionPage,
)


def home():
    return HomePage.objects.get(url_path="/home/")


def _child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _index(model, title, slug):
    parent = home()
    return model.objects.child_of(parent).first() or _child(parent, model(title=title, slug=slug))


def news_index():
    return _index(NewsIndexPage, "Tin tức", "tin-tuc")


def event_index():
    return _index(EventIndexPage, "Sự kiện", "su-kien")


def region_index():
    return _index(RegionIndexPage, "Vùng miền", "vung-mien")


def product_blocks(products):
    return [("product", product) for product in products]


def article(title="Tin OCOP", **fields):
    return _child(news_index(), NewsArticlePage(title=title, **fields))


def story(producer, title="Câu chuyện HTX", **fields):
    return _child(news_index(), ProducerStoryPage(title=title, producer=producer, **fields))


def event(title="Hội chợ OCOP", *, kind="trade_fair", start=None, hours=8, producers=(),
          products=(), **fields):
    start = start or timezone.now() + dt.timedelta(days=7)
    fields.setdefault("place", "Trung tâm Hội chợ Triển lãm Giảng Võ")
    page = EventPage(title=title, kind=kind, start=start, end=start + dt.timedelta(hours=hours),
                     products=product_blocks(products), **fields)
    page.producers.set(producers)
    return _child(event_index(), page)


def region(province_code="38", title="Thanh Hóa", **fields):
    return _child(region_index(), RegionPage(title=title, province_code=province_code, **fields))


def collection(products, title="Quà Tết OCOP", **fields):
    return _child(home(), CollectionPage(title=title, products=product_blocks(products), **fields))
