"""Demo outlets for ``manage.py load_demo`` (found by ``shop.demo.loader``).

Ten points of sale of the kinds QĐ 950/QĐ-BCT 2023 names (railway station,
airport, expressway rest stop, tourist site, market, post office, craft
village, OCOP shop, public administration centre) in the demo catalogue's
provinces, at plausible real positions with official 2025 province and
commune codes. The places are real; the outlets, operators and approval
numbers are not: names and operators carry "(dữ liệu mẫu)" and approval
numbers begin with ``DEMO-``.

Each outlet carries listed demo products, its own province's first, added
through ``outlets.assortment.add_product`` so the listing rule applies.
"""
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from oscar.core.loading import get_model

from shop import divisions
from shop.demo.loader import DEMO_MARK

from .assortment import add_product
from .models import OpeningException, OpeningPeriod, Outlet

DEMO_NOTE = "Điểm bán giả lập trong bộ dữ liệu mẫu: địa điểm có thật, điểm bán thì không."
TOURISM = "du-lich"  # a tour is offered where it happens, not in other provinces
#: Mùng 1 Tết Nguyên đán (the first day of the lunar year), by year.
TET = [dt.date(2026, 2, 17), dt.date(2027, 2, 6), dt.date(2028, 1, 26),
       dt.date(2029, 2, 13), dt.date(2030, 2, 3), dt.date(2031, 1, 23)]
MIDNIGHT = dt.time(0)

#: (weekdays, opens, closes) rows; 00:00–00:00 is the whole day.
EVERY_DAY, MON_FRI, MON_SAT = range(7), range(5), range(6)
ALWAYS_OPEN = [(EVERY_DAY, MIDNIGHT, MIDNIGHT)]


def hours(days, opens, closes):
    return [(days, dt.time(*opens), dt.time(*closes))]


@dataclass(frozen=True)
class Spec:
    name: str  # "(dữ liệu mẫu)" is appended
    type: str  # Outlet.Type value
    province: str  # official 2025 code
    commune: str  # official 2025 name in that province
    street: str
    lat: str
    lon: str
    operator: str  # "(dữ liệu mẫu)" is appended
    week: list
    description: str
    #: Provinces whose listed products are carried, in order (own first).
    provinces: tuple = ()
    size: int = 6
    approved_days_ago: int = 365
    #: (days from the next Tết's first day, closed, opens, closes, reason)
    exceptions: tuple = ()


OUTLETS = [
    Spec(
        "Điểm giới thiệu sản phẩm OCOP Ga Thanh Hóa", "railway_station",
        "38", "Phường Hạc Thành", "Sảnh chờ Ga Thanh Hóa, đường Dương Đình Nghệ",
        "19.807500", "105.766000", "Quầy dịch vụ nhà ga",
        hours(EVERY_DAY, (5, 30), (22, 0)),
        "Quầy trong sảnh chờ nhà ga, mở theo giờ tàu Thống Nhất qua ga.",
        provinces=("38", "40"), size=7, approved_days_ago=420,
    ),
    Spec(
        "Điểm OCOP Trạm dừng nghỉ cao tốc Bắc – Nam (Nghi Sơn)", "rest_stop",
        "38", "Xã Trường Lâm", "Trạm dừng nghỉ cao tốc Nghi Sơn – Diễn Châu, chiều Bắc – Nam",
        "19.303000", "105.688000", "Đơn vị khai thác trạm dừng nghỉ",
        ALWAYS_OPEN,
        "Gian hàng OCOP trong trạm dừng nghỉ, mở cửa suốt ngày đêm cho khách đi cao tốc.",
        provinces=("38", "40", "42"), size=8, approved_days_ago=200,
    ),
    Spec(
        "Điểm OCOP Làng nghề chiếu cói Nga Sơn", "craft_village",
        "38", "Xã Nga Sơn", "Nhà trưng bày làng nghề, Thôn 4",
        "20.003000", "105.974000", "Ban quản lý làng nghề",
        hours(MON_SAT, (7, 30), (17, 30)),
        "Nhà trưng bày chiếu và đồ cói cạnh xưởng dệt; khách xem dệt chiếu tại chỗ.",
        provinces=("38",), size=4, approved_days_ago=600,
    ),
    Spec(
        "Điểm OCOP Cảng hàng không Đồng Hới", "airport",
        "44", "Phường Đồng Thuận", "Nhà ga hành khách, khu cách ly ga đi",
        "17.515000", "106.590500", "Công ty dịch vụ hàng không",
        hours(EVERY_DAY, (5, 0), (22, 0)),
        "Quầy sản phẩm OCOP Quảng Trị trong nhà ga đi, mở theo lịch bay.",
        provinces=("44", "46"), size=7, approved_days_ago=300,
    ),
    Spec(
        "Điểm OCOP Khu du lịch Phong Nha – Kẻ Bàng", "tourist_site",
        "44", "Xã Phong Nha", "Trung tâm đón khách, bến thuyền Phong Nha",
        "17.609000", "106.308000", "Ban quản lý khu du lịch",
        hours(EVERY_DAY, (7, 0), (17, 0)),
        "Gian hàng ở trung tâm đón khách, cạnh bến thuyền đi động Phong Nha.",
        provinces=("44",), size=6, approved_days_ago=500,
    ),
    Spec(
        "Điểm OCOP Chợ Đông Ba", "market",
        "46", "Phường Phú Xuân", "Ki-ốt khu A, Chợ Đông Ba, đường Trần Hưng Đạo",
        "16.472200", "107.588000", "Ban quản lý chợ",
        hours(EVERY_DAY, (6, 0), (18, 0)),
        "Ki-ốt đặc sản Huế trong chợ Đông Ba, bên bờ sông Hương.",
        provinces=("46", "44"), size=6, approved_days_ago=700,
        exceptions=((0, True, None, None, "Tết Nguyên đán (mùng 1)"),),
    ),
    Spec(
        "Điểm OCOP Bưu cục trung tâm Vinh", "post_office",
        "40", "Phường Thành Vinh", "Quầy giao dịch tầng 1, đường Nguyễn Thị Minh Khai",
        "18.674000", "105.692000", "Bưu điện tỉnh",
        hours(MON_FRI, (7, 0), (11, 30)) + hours(MON_FRI, (13, 30), (17, 30))
        + hours([5], (7, 0), (11, 30)),
        "Quầy giới thiệu sản phẩm OCOP tại bưu cục; gửi quà đi các tỉnh ngay tại quầy.",
        provinces=("40", "42", "38"), size=6, approved_days_ago=150,
    ),
    Spec(
        "Điểm OCOP Khu di tích Kim Liên", "tourist_site",
        "40", "Xã Kim Liên", "Nhà đón tiếp khách, Làng Sen",
        "18.706700", "105.546300", "Ban quản lý khu di tích",
        hours(EVERY_DAY, (7, 0), (11, 30)) + hours(EVERY_DAY, (13, 30), (17, 0)),
        "Gian hàng cạnh nhà đón tiếp khách của khu di tích.",
        provinces=("40", "42"), size=4, approved_days_ago=250,
    ),
    Spec(
        "Cửa hàng OCOP Hà Nội phố cổ", "ocop_centre",
        "01", "Phường Hoàn Kiếm", "Phố Hàng Khay",
        "21.028700", "105.852000", "Trung tâm xúc tiến thương mại",
        hours(EVERY_DAY, (8, 0), (21, 30)),
        "Cửa hàng trưng bày sản phẩm OCOP của Hà Nội và các tỉnh, gần hồ Hoàn Kiếm.",
        provinces=("01", "14", "68", "91", "38", "46"), size=10, approved_days_ago=800,
        exceptions=((-1, False, (8, 0), (15, 0), "Tất niên: đóng cửa sớm"),),
    ),
    Spec(
        "Điểm OCOP Trung tâm Phục vụ hành chính công Hà Tĩnh", "admin_centre",
        "42", "Phường Thành Sen", "Sảnh tầng 1, đường Hà Huy Tập",
        "18.342000", "105.905000", "Trung tâm Phục vụ hành chính công",
        hours(MON_FRI, (7, 30), (11, 30)) + hours(MON_FRI, (13, 30), (17, 0)),
        "Góc trưng bày sản phẩm OCOP Hà Tĩnh ở sảnh đón công dân.",
        provinces=("42", "40"), size=4, approved_days_ago=90,
    ),
]


def load(stdout) -> str:
    """Create the demo outlets; the one-line summary for ``load_demo``."""
    today = timezone.localdate()
    tet = next(day for day in TET if day >= today)
    outlets = [_create(spec, number, today, tet) for number, spec in enumerate(OUTLETS, 1)]
    carried = sum(outlet.assortment.count() for outlet in outlets)
    provinces = len({outlet.province_code for outlet in outlets})
    return (
        f"Điểm bán: {len(outlets)} điểm bán mẫu ở {provinces} tỉnh/thành, {carried} lượt "
        "sản phẩm bày bán; xem /outlets/."
    )


def _create(spec, number, today, tet):
    commune = divisions.find_commune(spec.commune, spec.province)
    if commune is None:
        raise ValueError(f"{spec.commune!r} is not a commune of province {spec.province}")
    approved_on = today - dt.timedelta(days=spec.approved_days_ago)
    outlet = Outlet(
        name=f"{spec.name} {DEMO_MARK}",
        outlet_type=spec.type,
        operator=f"{spec.operator} {DEMO_MARK}",
        province_code=spec.province,
        commune_code=divisions.ward_code(commune),
        street_address=spec.street,
        latitude=Decimal(spec.lat),
        longitude=Decimal(spec.lon),
        approval_no=f"DEMO-QĐ-{spec.province}-{number:03d}/{approved_on.year}",
        approved_on=approved_on,
        description=f"{spec.description} {DEMO_NOTE}",
    )
    outlet.full_clean()
    outlet.save()
    for days, opens, closes in spec.week:
        for day in days:
            period = OpeningPeriod(outlet=outlet, weekday=day, opens=opens, closes=closes)
            period.full_clean()
            period.save()
    for offset, closed, opens, closes, reason in spec.exceptions:
        exception = OpeningException(
            outlet=outlet, date=tet + dt.timedelta(days=offset), closed=closed,
            opens=dt.time(*opens) if opens else None, closes=dt.time(*closes) if closes else None,
            reason=f"{reason} {DEMO_MARK}",
        )
        exception.full_clean()
        exception.save()
    for product in _assortment(spec):
        add_product(outlet, product)
    return outlet


def _assortment(spec):
    """Listed demo products of ``spec.provinces``, own province first, in load order."""
    Product = get_model("catalogue", "Product")
    listed = Product.objects.browsable().filter(producer__is_demo=True).order_by("pk")
    chosen = []
    for province in spec.provinces:
        products = listed.filter(producer__province_code=province)
        if province != spec.province:
            products = products.exclude(categories__slug=TOURISM)
        chosen += [p for p in products if p not in chosen][: spec.size - len(chosen)]
    return chosen
