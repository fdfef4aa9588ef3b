"""Supply-chain events from a CSV (or XLSX) file a producer uploads.

The file is read by the certificate import's reader and its cells by the
same field parsers (``catalog.importing``), so dates, encodings, Excel's
semicolons and the error messages behave alike everywhere. What is new
here is only what events need: a date *and time* as people type it
("25/11/2026 14:30"), a time-zone offset, business steps and event types
by their Vietnamese or EPCIS names, and lots looked up among the
uploader's own batches (a lot of another producer is an error, worded so
that it does not reveal that the lot exists).

All or nothing: every bad row is listed with its line number, and a file
with any bad row adds no event.
"""
import datetime as dt
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import override

from catalog.importing import fields
from catalog.importing.errors import FieldError, FileRefused, RowError, RowsRefused
from catalog.importing.reader import read_table
from catalog.text import fold

from .models import Batch, RawMaterialZone, TraceEvent
from .models.events import TIMEZONE_OFFSET, offset_timezone

COLUMNS = ["lot", "product", "event_time", "timezone", "biz_step", "event_type",
           "disposition", "read_point", "biz_location", "zone", "who", "notes"]
REQUIRED = ["lot", "event_time", "biz_step"]
MAX_ROWS = 5_000
MAX_BYTES = 2 * 1024 * 1024
DEFAULT_OFFSET = "+07:00"

#: What people write besides the stored code and its Vietnamese label.
BIZ_STEP_ALIASES = {
    "commissioning": ["gắn mã", "in tem", "dán tem"],
    "harvesting": ["thu hái", "thu hoạch nguyên liệu"],
    "processing": ["sơ chế", "sản xuất"],
    "packing": ["đóng hộp", "đóng chai", "đóng bao bì"],
    "inspecting": ["kiểm định", "kiểm nghiệm", "kiểm tra chất lượng"],
    "storing": ["bảo quản", "nhập kho"],
    "shipping": ["vận chuyển", "giao hàng", "xuất kho"],
    "receiving": ["nhận", "tiếp nhận"],
    "retail_selling": ["bán hàng", "bán", "retail selling"],
    "other": [],
}
EVENT_TYPE_ALIASES = {
    "object": ["ObjectEvent", "đối tượng"],
    "aggregation": ["AggregationEvent", "gộp", "đóng thùng"],
    "transformation": ["TransformationEvent", "chế biến", "biến đổi"],
    "transaction": ["TransactionEvent", "giao dịch", "mua bán"],
}
_CBV = "urn:epcglobal:cbv:"


def _vocabulary(choices, aliases: dict, urn: str) -> dict:
    """folded name → code: the code, its EPCIS URN, Vietnamese label, aliases.

    Labels are taken untranslated (their msgids are Vietnamese) so that what
    a file may say does not depend on the uploader's language.
    """
    index = {}
    with override(None):
        for code, label in choices:
            for name in [code, code.replace("_", " "), f"{_CBV}{urn}:{code}", str(label),
                         *aliases.get(code, [])]:
                index[fold(name)] = code
    return index


BIZ_STEPS = _vocabulary(TraceEvent.BizStep.choices, BIZ_STEP_ALIASES, "bizstep")
EVENT_TYPES = _vocabulary(TraceEvent.EventType.choices, EVENT_TYPE_ALIASES, "eventtype")
DISPOSITIONS = _vocabulary(TraceEvent.Disposition.choices, {}, "disp")


def _lookup(index: dict, what: str, examples: str):
    def parse(value) -> str:
        code = index.get(fold(fields.cell_text(value)))
        if code is None:
            raise FieldError(f"Không nhận ra {what} “{fields.cell_text(value)}” ({examples}).")
        return code
    return parse


_TIME = re.compile(r"(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?")
_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


def offset(value) -> str:
    """"+07:00", "+7", "UTC+7", "GMT+07:00" → "+07:00"."""
    raw = fields.cell_text(value)
    match = _OFFSET.fullmatch(raw)
    result = match and f"{match[1]}{int(match[2]):02d}:{match[3] or '00'}"
    if not result or not TIMEZONE_OFFSET.match(result):
        raise FieldError(f"Múi giờ “{raw}” không hợp lệ (dạng +07:00).")
    return result


def event_time(value) -> tuple[dt.datetime, str | None]:
    """(naive local time, offset written in the cell or None).

    Accepts "25/11/2026 14:30", "25/11/2026 14h30", "2026-11-25T14:30:00+07:00",
    a date alone (00:00) and XLSX date-time cells.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None), None
    raw = fields.cell_text(value)
    match = re.fullmatch(r"(\S+?)(?:[ T]+(.+?))?\s*(Z|[+-]\d{2}:?\d{2})?", raw)
    if not match:
        raise FieldError(f"“{raw}” không phải ngày giờ (dùng dd/mm/yyyy HH:MM, ví dụ "
                         "25/11/2026 14:30).")
    day = fields.date(match[1])
    moment = dt.time()
    if match[2]:
        clock = _TIME.fullmatch(match[2].strip())
        try:
            moment = dt.time(*(int(part or 0) for part in clock.groups()))
        except (AttributeError, ValueError):  # no match, or 25:99
            raise FieldError(f"Giờ “{match[2]}” không hợp lệ (dùng HH:MM, ví dụ 14:30).") \
                from None
    zone = None
    if match[3]:
        zone = "+00:00" if match[3] == "Z" else offset(match[3])
    return dt.datetime.combine(day, moment), zone


PARSERS = {
    "product": fields.text(255),
    "event_time": event_time,
    "timezone": offset,
    "biz_step": _lookup(BIZ_STEPS, "bước nghiệp vụ",
                        "ví dụ: thu hoạch, chế biến, đóng gói, xuất hàng, nhận hàng, bán lẻ "
                        "hoặc tên EPCIS như harvesting"),
    "event_type": _lookup(EVENT_TYPES, "loại sự kiện",
                          "đối tượng, gộp, chế biến, giao dịch hoặc ObjectEvent…"),
    "disposition": _lookup(DISPOSITIONS, "tình trạng",
                           "ví dụ: đang vận chuyển, sẵn sàng bán hoặc in_transit"),
    "read_point": fields.text(255),
    "biz_location": fields.text(255),
    "zone": fields.text(255),
    "who": fields.text(255),
    "notes": fields.text(None, multiline=True),
}


@dataclass
class Catalogue:
    """The uploader's batches and zones named in the file, loaded once."""

    batches: dict  # lot → [Batch] (lot codes are compared exactly, as printed)
    zones: dict  # producer id → {folded name or planting code → zone}

    @classmethod
    def load(cls, batches, zones, lots):
        by_lot = {}
        for batch in batches.filter(lot__in=lots).select_related("product"):
            by_lot.setdefault(batch.lot, []).append(batch)
        by_producer = {}
        producer_ids = {b.product.producer_id for found in by_lot.values() for b in found}
        for zone in zones.filter(producer_id__in=producer_ids):
            names = by_producer.setdefault(zone.producer_id, {})
            names[fold(zone.name)] = zone
            if zone.planting_area_code:
                names[fold(zone.planting_area_code)] = zone
        return cls(by_lot, by_producer)

    def batch(self, lot: str, product: str | None) -> Batch:
        found = self.batches.get(lot, [])
        if product:
            found = [b for b in found if _names_product(b.product, product)]
        if not found:
            raise FieldError(f"Không có lô “{lot}” trong các lô của bạn"
                             + (f" cho sản phẩm “{product}”." if product else "."))
        if len(found) > 1:
            raise FieldError(f"Số lô “{lot}” có ở nhiều sản phẩm: ghi GTIN hoặc tên sản phẩm "
                             "vào cột product.")
        return found[0]

    def zone(self, batch: Batch, name: str) -> RawMaterialZone:
        zone = self.zones.get(batch.product.producer_id, {}).get(fold(name))
        if zone is None:
            raise FieldError(f"Không có vùng nguyên liệu “{name}” (tên hoặc mã số vùng trồng) "
                             "của chủ thể sở hữu lô này.")
        return zone


def _names_product(product, text: str) -> bool:
    """The product column holds the product's GTIN (any length) or its name."""
    if text.isdigit() and product.upc:
        return text.zfill(14) == product.upc.zfill(14)
    return fold(text) == fold(product.get_title())


def _cell(raw, name: str):
    """(clean value or None, RowError or None) for one cell of a row."""
    cell = raw.cells.get(name)
    if fields.is_blank(cell):
        missing = RowError(raw.line, name, "Bắt buộc, đang để trống.")
        return None, missing if name in REQUIRED else None
    try:
        return PARSERS.get(name, fields.cell_text)(cell), None
    except FieldError as error:
        return None, RowError(raw.line, name, str(error))


def _row(raw, catalogue: Catalogue):
    parsed = {name: _cell(raw, name) for name in COLUMNS}
    values = {name: value for name, (value, _error) in parsed.items()}
    errors = [error for _value, error in parsed.values() if error is not None]
    if raw.extra:
        errors.append(RowError(raw.line, "(ngoài tiêu đề)",
                               f"Dòng có {len(raw.extra)} ô thừa sau cột cuối."))
    batch = zone = None
    if values["lot"]:
        try:
            batch = catalogue.batch(values["lot"], values["product"])
        except FieldError as error:
            errors.append(RowError(raw.line, "lot", str(error)))
    if batch is not None and values["zone"]:
        try:
            zone = catalogue.zone(batch, values["zone"])
        except FieldError as error:
            errors.append(RowError(raw.line, "zone", str(error)))
    if errors:
        return None, errors
    local, written_offset = values["event_time"]
    tz = values["timezone"] or written_offset or DEFAULT_OFFSET
    event = TraceEvent(
        batch=batch, zone=zone,
        event_time=local.replace(tzinfo=offset_timezone(tz)), event_timezone=tz,
        event_type=values["event_type"] or TraceEvent.EventType.OBJECT,
        biz_step=values["biz_step"], disposition=values["disposition"] or "",
        read_point=values["read_point"] or "", biz_location=values["biz_location"] or "",
        who=values["who"] or "", notes=values["notes"] or "",
    )
    try:
        event.full_clean(exclude=["batch", "zone"])
    except ValidationError as error:
        return None, [RowError(raw.line, field, " ".join(messages))
                      for field, messages in error.message_dict.items()]
    return event, []


def _read(upload):
    """The uploaded file through the shared reader (which reads a path)."""
    if upload.size > MAX_BYTES:
        raise FileRefused(f"Tệp lớn hơn {MAX_BYTES // (1024 * 1024)} MB; hãy chia nhỏ tệp.")
    name = Path(upload.name or "su-kien.csv").name
    suffix = ".xlsx" if name.lower().endswith(".xlsx") else ".csv"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / (Path(name).stem[:80] + suffix)
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        return read_table(path)


def import_events(upload, *, batches, zones) -> list[TraceEvent]:
    """Add the file's events to ``batches`` (the uploader's); all or nothing.

    Raises ``FileRefused`` for an unusable file and ``RowsRefused`` with
    every bad row; nothing is written in either case.
    """
    table = _read(upload)
    missing = [name for name in REQUIRED if name not in table.header]
    if missing:
        raise FileRefused(f"Thiếu cột bắt buộc: {', '.join(missing)}. Các cột của tệp sự "
                          f"kiện: {', '.join(COLUMNS)}.")
    if not table.rows:
        raise FileRefused("Tệp không có dòng sự kiện nào dưới dòng tiêu đề.")
    if len(table.rows) > MAX_ROWS:
        raise FileRefused(f"Tệp có {len(table.rows)} dòng, tối đa {MAX_ROWS} dòng mỗi lần.")
    lots = {fields.cell_text(raw.cells.get("lot")) for raw in table.rows
            if not fields.is_blank(raw.cells.get("lot"))}
    catalogue = Catalogue.load(batches, zones, lots)
    events, errors = [], []
    for raw in table.rows:
        event, row_errors = _row(raw, catalogue)
        errors += row_errors
        if event is not None:
            events.append(event)
    if errors:
        raise RowsRefused(errors)
    with transaction.atomic():
        return TraceEvent.objects.bulk_create(events)
