"""Demo content for ``manage.py load_demo`` (found by ``shop.demo.loader``).

Fills the home page and adds two news items, a trade fair, a livestream
session, a producer story, two region pages and a curated collection, all
built on the demo catalogue (its products and producers), plus a second
portal for Quảng Trị on the host ``quangtri.localhost`` wearing the
``quang-tri`` theme, and English translations of all of them
(``demo_translations.py``). Titles say "(dữ liệu mẫu)": the events and stories are
invented, the places and products are the demo catalogue's.
"""
import datetime as dt
import zoneinfo

from django.utils import timezone
from oscar.core.loading import get_model
from wagtail.models import Page, Site

from shop.demo.loader import DEMO_MARK

from .demo_translations import translate_tree
from .models import (
    CollectionPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsArticlePage,
    NewsIndexPage,
    ProducerStoryPage,
    RegionIndexPage,
    RegionPage,
    ThemeSettings,
)
from .site_tree import ensure_home_page

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
PORTAL_HOST = "quangtri.localhost"
PORTAL_PROVINCE = "44"  # Quảng Trị (merged with Quảng Bình in 2025)
PORTAL_THEME = "quang-tri"


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _index(parent, model, title, slug, intro):
    existing = model.objects.child_of(parent).first()
    return existing or _publish(parent, model(title=title, slug=slug, intro=intro))


def _products(**filters):
    Product = get_model("catalogue", "Product")
    return list(
        Product.objects.browsable().filter(producer__is_demo=True, **filters).order_by("pk")
    )


def _at(day, hour, minute=0):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=VIETNAM)


def _paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def _news(news, products):
    _publish(news, NewsArticlePage(
        title=f"Khai mạc Tuần hàng OCOP miền Trung {DEMO_MARK}",
        slug="tuan-hang-ocop-mien-trung",
        date=timezone.localdate() - dt.timedelta(days=2),
        intro="Hơn 300 sản phẩm OCOP 3–5 sao của các tỉnh miền Trung được giới thiệu "
              "tại tuần hàng.",
        body=[
            _paragraph("Tuần hàng giới thiệu đặc sản của các chủ thể OCOP, từ hồ tiêu, "
                       "cà phê đến thổ cẩm và nước mắm."),
            ("products", {"title": "Sản phẩm tiêu biểu", "products": products[:4]}),
        ],
    ))
    _publish(news, NewsArticlePage(
        title=f"Gần 1.000 sản phẩm được công nhận OCOP trong năm {DEMO_MARK}",
        slug="san-pham-duoc-cong-nhan-ocop",
        date=timezone.localdate() - dt.timedelta(days=9),
        intro="Các tỉnh tiếp tục đánh giá, phân hạng sản phẩm theo Bộ tiêu chí OCOP.",
        body=[
            ("heading", {"text": "Chỉ sản phẩm còn hiệu lực mới được bày bán", "size": "h2"}),
            _paragraph("Giấy chứng nhận OCOP có hiệu lực 36 tháng; sản phẩm hết hạn tự động "
                       "rời khỏi gian hàng."),
            ("quote", {"text": "Sản phẩm OCOP là niềm tự hào của mỗi địa phương.",
                       "attribution": "Một cán bộ Sở Công Thương"}),
        ],
    ))


def _story(news):
    Partner = get_model("partner", "Partner")
    producer = Partner.objects.filter(is_demo=True, name__startswith="Tổ hợp tác Dệt thổ cẩm")
    producer = producer.first() or Partner.objects.filter(is_demo=True).order_by("pk").first()
    _publish(news, ProducerStoryPage(
        title=f"Giữ nghề dệt trên khung đeo lưng {DEMO_MARK}",
        slug="giu-nghe-det-tho-cam",
        producer=producer,
        intro="Phụ nữ Pa Kô ở Tà Rụt cùng nhau giữ nghề dệt thổ cẩm truyền thống.",
        body=[_paragraph("Mỗi tấm vải mất nhiều ngày dệt; hoa văn kể chuyện núi rừng. "
                         "Tổ hợp tác giúp các chị em có thu nhập ổn định từ nghề.")],
    ))


def _events(events, products):
    Partner = get_model("partner", "Partner")
    today = timezone.localdate()
    fair = EventPage(
        title=f"Hội chợ OCOP Quảng Trị {today.year} {DEMO_MARK}",
        slug="hoi-cho-ocop-quang-tri",
        kind=EventPage.Kind.TRADE_FAIR,
        start=_at(today + dt.timedelta(days=12), 8),
        end=_at(today + dt.timedelta(days=15), 21),
        place="Quảng trường Trung tâm, Phường Đông Hà, Quảng Trị",
        province_code=PORTAL_PROVINCE,
        intro="Bốn ngày giới thiệu và bán sản phẩm OCOP của Quảng Trị và các tỉnh bạn.",
        products=[("product", product) for product in products[:6]],
    )
    fair.producers.set(Partner.objects.filter(is_demo=True, province_code=PORTAL_PROVINCE))
    _publish(events, fair)
    live = EventPage(
        title=f"Livestream: Hồ tiêu và cà phê Quảng Trị {DEMO_MARK}",
        slug="livestream-ho-tieu-ca-phe",
        kind=EventPage.Kind.LIVESTREAM,
        start=_at(today + dt.timedelta(days=3), 20),
        end=_at(today + dt.timedelta(days=3), 21, 30),
        stream_url="https://www.youtube.com/@ocopmarket/live",
        intro="Các HTX giới thiệu hồ tiêu, cà phê Hướng Hóa và trả lời câu hỏi trực tiếp.",
        products=[("product", product) for product in products[:3]],
    )
    live.producers.set(
        Partner.objects.filter(is_demo=True, province_code=PORTAL_PROVINCE)[:3]
    )
    _publish(events, live)


def _regions(regions):
    specs = [
        ("38", "Đặc sản xứ Thanh", "dac-san-thanh-hoa",
         "Nem chua, chiếu cói Nga Sơn, bánh gai Tứ Trụ và nhiều sản phẩm OCOP khác."),
        (PORTAL_PROVINCE, "Đặc sản Quảng Trị", "dac-san-quang-tri",
         "Hồ tiêu Cùa, cà phê Khe Sanh, nước mắm Bảo Ninh, thổ cẩm Pa Kô."),
    ]
    for code, title, slug, intro in specs:
        if not RegionPage.objects.filter(province_code=code).exists():
            _publish(regions, RegionPage(title=f"{title} {DEMO_MARK}", slug=slug,
                                         province_code=code, intro=intro))


def _portal():
    """The Quảng Trị portal: its own home page, host name and theme."""
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).filter(slug="quang-tri").first()
    if home is None:
        home = _publish(root, HomePage(
            title="Sản phẩm OCOP Quảng Trị",
            slug="quang-tri",
            hero_title="Sản phẩm OCOP Quảng Trị",
            hero_text="<p>Hồ tiêu, cà phê, nước mắm, thổ cẩm… được chứng nhận OCOP, "
                      "từ vùng đất Quảng Trị.</p>",
        ))
    site, _ = Site.objects.update_or_create(
        hostname=PORTAL_HOST, port=80,
        defaults={"root_page": home, "site_name": "OCOP Quảng Trị"},
    )
    ThemeSettings.objects.update_or_create(
        site=site, defaults={"theme": PORTAL_THEME, "province_code": PORTAL_PROVINCE}
    )
    return site


def load(stdout) -> str:
    ensure_home_page()
    home = HomePage.objects.get(sites_rooted_here__is_default_site=True)
    products = _products()
    portal_products = _products(producer__province_code=PORTAL_PROVINCE) or products
    home.body = [
        _paragraph("Mỗi sản phẩm ở đây có giấy chứng nhận OCOP 3–5 sao còn hiệu lực, "
                   "do tỉnh hoặc Trung ương cấp."),
    ]
    home.save_revision().publish()
    news = _index(home, NewsIndexPage, "Tin tức", "tin-tuc", "Tin tức về chương trình OCOP.")
    events = _index(home, EventIndexPage, "Sự kiện", "su-kien",
                    "Hội chợ, triển lãm và phiên livestream bán hàng OCOP.")
    regions = _index(home, RegionIndexPage, "Vùng miền", "vung-mien",
                     "Đặc sản OCOP theo tỉnh, thành.")
    _news(news, products)
    _story(news)
    _events(events, portal_products)
    _regions(regions)
    _publish(home, CollectionPage(
        title=f"Quà Tết OCOP {DEMO_MARK}", slug="qua-tet-ocop",
        intro="Những món quà mang hương vị quê hương, đều là sản phẩm OCOP còn hiệu lực.",
        products=[("product", product) for product in products[::3][:8]],
    ))
    site = _portal()
    translated = translate_tree(home) + translate_tree(site.root_page)
    stdout.write(f"Cổng tỉnh Quảng Trị: http://{site.hostname}:8000/ (giao diện {PORTAL_THEME})")
    stdout.write("Sự kiện: /su-kien/ · Tin tức: /tin-tuc/ · Vùng miền: /vung-mien/")
    return ("Nội dung: trang chủ, 2 tin, 1 hội chợ, 1 livestream, 1 câu chuyện chủ thể, "
            f"2 trang vùng miền, 1 bộ sưu tập, cổng Quảng Trị; {translated} trang có bản "
            "tiếng Anh.")
