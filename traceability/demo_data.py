"""Demo traceability for ``manage.py load_demo`` (found by ``shop.demo.loader``).

Six lots of demo products, each with the producer's raw-material zone and
its farming certification (one of them expired, one organic), and an
EPCIS-style journey: harvest, processing, packing, shipping and receipt at
a demo outlet. One lot is of the demo product whose OCOP certificate was
revoked, so its trace page shows why it is no longer certified. Demo
products have no GTIN, so each lot gets a short code (/t/{token}): the path
its QR label would encode.

Dates count back from the day of the load. Zone names and certifiers carry
"(dữ liệu mẫu)"; planting-area and certification numbers end or begin with
``DEMO``. The receiving points are the demo outlets of ``outlets.demo_data``
named as text (EPCIS bizLocation), so this module does not depend on that
app.
"""
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone
from oscar.core.loading import get_model

from shop import divisions
from shop.demo.loader import DEMO_MARK, STATUS_CHANGED_DAYS_AGO

from .models import Batch, RawMaterialZone, ShortCode, TraceEvent, ZoneCertification

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
CERTIFIER = f"Tổ chức chứng nhận giả lập {DEMO_MARK}"


def outlet(name: str) -> str:
    """A demo outlet's full name, as ``outlets.demo_data`` creates it."""
    return f"{name} {DEMO_MARK}"


@dataclass(frozen=True)
class Zone:
    name: str
    commune: str  # official 2025 name in the producer's province
    lat: str
    lon: str
    area_ha: str
    produce: str
    code: str  # mã số vùng trồng, opaque
    scheme: str  # ZoneCertification.Scheme value
    #: Certification valid from today - first to today + last (negative: expired).
    valid: tuple
    scheme_name: str = ""


@dataclass(frozen=True)
class Trace:
    product: str  # demo product title
    zone: Zone
    lot: str  # suffix after "DEMO-"; the production date is added
    produced_days_ago: int
    shelf_life_days: int | None
    quantity: int
    #: (biz_step, event_type, days after production, "HH:MM", where, notes);
    #: where None = the zone, "" = the producer's address.
    steps: tuple


def journey(processing: str, packing: str, shipped_to: str, travel_days: int = 2):
    """Harvest → processing → packing → shipping → receiving at ``shipped_to``."""
    return (
        ("harvesting", "object", -3, "06:30", None, "Thu hoạch nguyên liệu tại vùng."),
        ("processing", "transformation", -1, "08:00", "", processing),
        ("packing", "aggregation", 0, "14:00", "", packing),
        ("shipping", "transaction", 1, "07:00", "", f"Xuất hàng cho {shipped_to}."),
        ("receiving", "transaction", 1 + travel_days, "10:00", shipped_to,
         "Nhận hàng, kiểm đếm và đưa lên quầy."),
    )


TRACES = [
    Trace(
        "Cà phê Arabica Khe Sanh rang xay (500 g)",
        Zone("Vùng cà phê Arabica Khe Sanh", "Xã Khe Sanh", "16.628000", "106.724000", "45",
             "Cà phê Arabica (Catimor)", "VN-44-KS-0107-DEMO", "vietgap", (300, 430)),
        "KS", 24, 365, 1200,
        journey("Sơ chế ướt, phơi trên giàn và rang mộc ở mức vừa.",
                "Xay và đóng túi van một chiều 500 g.",
                outlet("Điểm OCOP Cảng hàng không Đồng Hới")),
    ),
    Trace(
        "Gạo hữu cơ Triệu Phong (túi 5 kg)",
        Zone("Cánh đồng lúa hữu cơ Triệu Phong", "Xã Triệu Phong", "16.778000", "107.166000",
             "30", "Lúa thuần chất lượng cao", "VN-44-TP-0215-DEMO", "organic", (200, 165)),
        "TP", 40, 365, 800,
        journey("Phơi, xay xát và tách màu hạt gạo.", "Đóng túi hút chân không 5 kg.",
                outlet("Điểm OCOP Khu du lịch Phong Nha – Kẻ Bàng"), travel_days=1),
    ),
    Trace(
        "Chè xanh búp Thanh Chương (hộp 200 g)",
        # The VietGAP certificate lapsed: the page says it is no longer valid.
        Zone("Đồi chè Hạnh Lâm", "Xã Hạnh Lâm", "18.741000", "105.262000", "18",
             "Chè trung du (chè xanh)", "VN-40-TC-0033-DEMO", "vietgap", (800, -70)),
        "TC", 15, 365, 600,
        journey("Sao khô bằng chảo gang trong ngày hái.", "Đóng hộp giấy 200 g.",
                outlet("Điểm OCOP Bưu cục trung tâm Vinh"), travel_days=1),
    ),
    Trace(
        "Dầu tràm Phú Lộc (chai 100 ml)",
        Zone("Vùng tràm gió Phú Lộc", "Xã Phú Lộc", "16.282000", "107.885000", "25",
             "Tràm gió", "VN-46-PL-0058-DEMO", "other", (120, 610), scheme_name="GACP-WHO"),
        "PL", 30, 730, 2000,
        journey("Chưng cất hơi nước lá tràm, lắng và lọc tinh dầu.",
                "Chiết chai thủy tinh 100 ml, dán nhãn.", outlet("Điểm OCOP Chợ Đông Ba")),
    ),
    Trace(
        "Chiếu cói Nga Sơn dệt hoa (khổ 1,6 m)",
        Zone("Vùng trồng cói bãi bồi Nga Sơn", "Xã Nga Sơn", "19.987000", "106.012000", "120",
             "Cói", "VN-38-NS-0031-DEMO", "vietgap", (400, 330)),
        "NS", 45, None, 150,
        journey("Chẻ, phơi, nhuộm cói và dệt chiếu hoa trên khung.",
                "Cuộn chiếu, bọc giấy và dán tem.",
                outlet("Điểm giới thiệu sản phẩm OCOP Ga Thanh Hóa")),
    ),
    Trace(
        "Mận hậu Mộc Châu sấy dẻo (túi 500 g)",  # its OCOP certificate was revoked
        Zone("Vườn mận hậu Mộc Châu", "Phường Mộc Châu", "20.848000", "104.637000", "22",
             "Mận hậu", "VN-14-MC-0442-DEMO", "vietgap", (500, 230)),
        "MC", 75, 180, 900,
        journey("Rửa, bỏ hạt và sấy dẻo ở nhiệt độ thấp.", "Đóng túi zip 500 g.",
                outlet("Cửa hàng OCOP Hà Nội phố cổ"), travel_days=1)
        + (("inspecting", "object", 75 - STATUS_CHANGED_DAYS_AGO, "09:00",
            outlet("Cửa hàng OCOP Hà Nội phố cổ"),
            "Rút sản phẩm khỏi quầy: giấy chứng nhận OCOP đã bị thu hồi."),),
    ),
]


def load(stdout) -> str:
    """Create the demo lots; writes their trace paths, returns the summary line."""
    today = timezone.localdate()
    Product = get_model("catalogue", "Product")
    products = Product.objects.filter(producer__is_demo=True).select_related("producer")
    codes = []
    for spec in TRACES:
        product = products.get(title=spec.product)
        code = _create(spec, product, today)
        codes.append(code)
        state = "đang niêm yết" if product.is_listed else "không còn niêm yết"
        stdout.write(f"  /t/{code.token}  {product.title}, lô {code.batch.lot} ({state})")
    events = TraceEvent.objects.filter(batch__short_codes__in=codes).count()
    return (
        f"Truy xuất nguồn gốc: {len(codes)} lô có vùng nguyên liệu, {events} sự kiện và mã "
        "ngắn; mở thử một trang truy xuất:"
    )


def _create(spec, product, today) -> ShortCode:
    producer = product.producer
    zone = _zone(spec.zone, producer, today)
    produced = today - dt.timedelta(days=spec.produced_days_ago)
    batch = Batch(
        product=product,
        lot=f"DEMO-{spec.lot}{produced:%y%m%d}",
        production_date=produced,
        expiry_date=produced + dt.timedelta(days=spec.shelf_life_days)
        if spec.shelf_life_days else None,
        quantity=spec.quantity,
    )
    batch.full_clean()
    batch.save()
    batch.zones.add(zone)
    for biz_step, event_type, day, clock, where, notes in spec.steps:
        at = dt.datetime.combine(
            produced + dt.timedelta(days=day), dt.time.fromisoformat(clock), tzinfo=TZ
        )
        TraceEvent.objects.create(
            batch=batch,
            event_type=event_type,
            biz_step=biz_step,
            disposition=_disposition(biz_step),
            event_time=at,
            event_timezone="+07:00",
            biz_location=zone.name if where is None else where or producer.full_address,
            zone=zone if where is None else None,
            who=producer.name,
            notes=notes,
        )
    return ShortCode.objects.create(product=product, batch=batch)


def _zone(spec, producer, today) -> RawMaterialZone:
    commune = divisions.find_commune(spec.commune, producer.province_code)
    if commune is None:
        raise ValueError(f"{spec.commune!r} is not a commune of {producer.province_code}")
    zone = RawMaterialZone(
        producer=producer,
        name=f"{spec.name} {DEMO_MARK}",
        province_code=producer.province_code,
        commune_code=divisions.ward_code(commune),
        latitude=Decimal(spec.lat),
        longitude=Decimal(spec.lon),
        area_ha=Decimal(spec.area_ha),
        produce=spec.produce,
        planting_area_code=spec.code,
    )
    zone.full_clean()
    zone.save()
    since, until = spec.valid
    valid_from = today - dt.timedelta(days=since)
    ZoneCertification.objects.create(
        zone=zone,
        scheme=spec.scheme,
        scheme_name=spec.scheme_name,
        number=f"DEMO-{spec.code.split('-')[1]}-{valid_from.year}-{zone.pk:03d}",
        issued_by=CERTIFIER,
        valid_from=valid_from,
        valid_until=today + dt.timedelta(days=until),
    )
    return zone


def _disposition(biz_step: str) -> str:
    Disposition = TraceEvent.Disposition
    return {
        "harvesting": Disposition.ACTIVE,
        "processing": Disposition.IN_PROGRESS,
        "shipping": Disposition.IN_TRANSIT,
        "receiving": Disposition.SELLABLE,
        "inspecting": Disposition.RECALLED,
    }.get(biz_step, "")
