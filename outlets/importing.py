"""``import_outlets``: a province's outlet list (CSV or XLSX) into the registry.

Same rules as the certificate import, and the same parts: the file is read
by ``catalog.importing.reader`` and its cells by ``catalog.importing.fields``;
every bad row is collected as a ``RowError`` and the file is refused whole
(``RowsRefused``), changing nothing. A good file is written in one
transaction. An outlet is matched by its approval number within its
province, else by its name (accents and case ignored) within its province,
so importing the same file twice changes nothing.
"""
import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation

from django.db import transaction

from catalog.importing import fields
from catalog.importing.errors import FieldError, FileRefused, RowError, RowsRefused
from catalog.importing.reader import RawRow, read_table
from catalog.text import fold
from shop import divisions
from shop.locks import one_at_a_time

from . import openinghours
from .models import OpeningException, OpeningPeriod, Outlet

COLUMNS = ["name", "type", "operator", "province", "commune", "address", "latitude",
           "longitude", "phone", "opening_hours", "approval_no", "approved_on", "status"]
REQUIRED = ["name", "type", "province"]
PROGRESS_FROM_ROWS = 200

_T = Outlet.Type
TYPE_ALIASES = {
    _T.RAILWAY_STATION: ["ga đường sắt", "nhà ga", "ga", "ga tàu", "ga đường sắt (nhà ga)"],
    _T.AIRPORT: ["cảng hàng không", "sân bay", "cảng hàng không (sân bay)"],
    _T.BUS_STATION: ["bến xe khách", "bến xe"],
    _T.PORT: ["cảng biển", "cảng thủy nội địa", "cảng", "cảng biển / cảng thủy nội địa"],
    _T.REST_STOP: ["trạm dừng nghỉ", "trạm dừng nghỉ cao tốc", "trạm dừng nghỉ quốc lộ",
                   "trạm dừng nghỉ (cao tốc, quốc lộ)"],
    _T.TOURIST_SITE: ["khu du lịch", "điểm du lịch", "khu / điểm du lịch",
                      "khu, điểm du lịch"],
    _T.MALL: ["trung tâm thương mại", "TTTM"],
    _T.SUPERMARKET: ["siêu thị"],
    _T.MARKET: ["chợ"],
    _T.CRAFT_VILLAGE: ["làng nghề"],
    _T.POST_OFFICE: ["bưu cục", "bưu điện"],
    _T.ADMIN_CENTRE: ["trung tâm hành chính công", "trung tâm phục vụ hành chính công"],
    _T.FAIR_CENTRE: ["trung tâm hội chợ triển lãm", "trung tâm hội chợ", "hội chợ triển lãm"],
    _T.HOTEL_RESTAURANT: ["khách sạn / nhà hàng", "khách sạn", "nhà hàng"],
    _T.OCOP_CENTRE: ["trung tâm / cửa hàng OCOP", "trung tâm OCOP", "cửa hàng OCOP",
                     "điểm bán OCOP", "trung tâm giới thiệu sản phẩm OCOP"],
}
_TYPES = {fold(alias): code for code, aliases in TYPE_ALIASES.items()
          for alias in [code, code.replace("_", " "), *aliases]}

_S = Outlet.Status
STATUS_ALIASES = {
    _S.ACTIVE: ["active", "đang hoạt động", "hoạt động"],
    _S.SUSPENDED: ["suspended", "tạm ngừng", "tạm ngừng hoạt động", "tạm dừng"],
    _S.CLOSED: ["closed", "đã đóng cửa", "đóng cửa", "ngừng hoạt động"],
}
_STATUSES = {fold(alias): code for code, aliases in STATUS_ALIASES.items() for alias in aliases}
#: How an export writes each type and status: the first Vietnamese name.
TYPE_NAMES = {code: aliases[0] for code, aliases in TYPE_ALIASES.items()}
STATUS_NAMES = {code: aliases[1] for code, aliases in STATUS_ALIASES.items()}

#: Mainland Việt Nam and its islands (Trường Sa reaches 117.9° E).
_LAT, _LON = (Decimal(6), Decimal(24)), (Decimal(100), Decimal(118))


def _max(name):
    return Outlet._meta.get_field(name).max_length


def _vocabulary(index, what, examples):
    def parse(value):
        code = index.get(fold(fields.cell_text(value)))
        if code is None:
            raise FieldError(f"Không nhận ra {what} “{fields.cell_text(value)}” ({examples}).")
        return code
    return parse


def _coordinate(value):
    raw = fields.cell_text(value).replace(",", ".")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise FieldError(f"“{fields.cell_text(value)}” không phải số độ thập phân "
                         "(ví dụ 16.4564).") from None
    if not number.is_finite():
        raise FieldError(f"“{raw}” không phải số.")
    if abs(number) > 180:  # no latitude or longitude is larger (and quantize would fail)
        raise FieldError(
            f"“{raw}” không phải tọa độ: vĩ độ, kinh độ nằm trong khoảng −180 đến 180.")
    return number.quantize(Decimal("0.000001"))


def _hours(value):
    try:
        return openinghours.parse_schedule(fields.cell_text(value))
    except openinghours.OpeningHoursError as exc:
        raise FieldError(
            f"Giờ mở cửa “{fields.cell_text(value)}”: {exc}. Dùng cú pháp opening_hours "
            "của OpenStreetMap, ví dụ “Mo-Fr 07:00-21:00; Sa-Su 06:30-22:00” hoặc “24/7”; "
            "ngày nghỉ: “2027 Feb 05-2027 Feb 09 off \"Tết Nguyên đán\"”."
        ) from None


PARSERS = {
    "name": fields.text(_max("name")),
    "type": _vocabulary(_TYPES, "loại điểm bán", "ví dụ: nhà ga, sân bay, bến xe, trạm "
                        "dừng nghỉ, điểm du lịch, chợ, siêu thị, trung tâm OCOP"),
    "operator": fields.text(_max("operator")),
    "province": fields.province,
    "commune": fields.text(100),
    "address": fields.text(_max("street_address")),
    "latitude": _coordinate,
    "longitude": _coordinate,
    "phone": fields.phone(_max("phone")),
    "opening_hours": _hours,
    "approval_no": fields.text(_max("approval_no")),
    "approved_on": fields.date,
    "status": _vocabulary(_STATUSES, "trạng thái", "đang hoạt động, tạm ngừng, đã đóng cửa"),
}


@dataclasses.dataclass
class Row:
    line: int
    values: dict  # model field -> value
    hours: openinghours.Schedule | None  # None: the file says nothing about hours
    status: str


@dataclasses.dataclass
class Result:
    rows: int
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored_columns: list = dataclasses.field(default_factory=list)


def _parse(raw: RawRow):
    values, errors = {}, []
    for name in COLUMNS:
        cell = raw.cells.get(name)
        values[name] = None
        if fields.is_blank(cell):
            if name in REQUIRED:
                errors.append(RowError(raw.line, name, "Bắt buộc, đang để trống."))
            continue
        try:
            values[name] = PARSERS[name](cell)
        except FieldError as exc:
            errors.append(RowError(raw.line, name, str(exc)))
    if raw.extra:
        errors.append(RowError(raw.line, "(ngoài tiêu đề)",
                               f"Dòng có {len(raw.extra)} ô thừa sau cột cuối."))
    commune = ""
    if values["commune"] and values["province"]:
        ward = divisions.find_commune(values["commune"], values["province"])
        if ward is None:
            errors.append(RowError(raw.line, "commune", (
                f"Không tìm thấy xã/phường “{values['commune']}” thuộc "
                f"{divisions.province_name(values['province'])} trong danh mục từ 1/7/2025 "
                "(dùng tên hoặc mã xã/phường mới, hoặc để trống và ghi vào cột address).")))
        else:
            commune = divisions.ward_code(ward)
    lat, lon = values["latitude"], values["longitude"]
    if (lat is None) != (lon is None):
        missing = "longitude" if lon is None else "latitude"
        errors.append(RowError(raw.line, missing, "Cần nhập cả vĩ độ và kinh độ."))
    elif lat is not None:
        if _LON[0] <= lat <= _LON[1] and _LAT[0] <= lon <= _LAT[1]:
            errors.append(RowError(raw.line, "latitude", (
                f"Vĩ độ {lat}, kinh độ {lon}: có lẽ hai cột bị đổi chỗ (ở Việt Nam vĩ độ "
                "khoảng 8–23, kinh độ khoảng 102–117).")))
        elif not (_LAT[0] <= lat <= _LAT[1] and _LON[0] <= lon <= _LON[1]):
            errors.append(RowError(raw.line, "latitude", (
                f"Tọa độ {lat}, {lon} nằm ngoài Việt Nam (vĩ độ khoảng 8–23, kinh độ "
                "khoảng 102–117).")))
    if errors:
        return None, errors
    model_values = {
        "name": values["name"], "outlet_type": values["type"],
        "operator": values["operator"] or "", "province_code": values["province"],
        "commune_code": commune, "street_address": values["address"] or "",
        "latitude": lat, "longitude": lon, "phone": values["phone"] or "",
        "approval_no": values["approval_no"] or "", "approved_on": values["approved_on"],
    }
    return Row(raw.line, model_values, values["opening_hours"],
               values["status"] or Outlet.Status.ACTIVE), []


def _key(province, name):
    return province, fold(name)


def _match(rows, errors):
    """(row, existing outlet or None) for each row; repeated outlets are errors."""
    provinces = {row.values["province_code"] for row in rows}
    outlets = list(Outlet.objects.filter(province_code__in=provinces)
                   .prefetch_related("opening_periods", "opening_exceptions"))
    by_approval = {(o.province_code, o.approval_no): o for o in outlets if o.approval_no}
    by_name = {_key(o.province_code, o.name): o for o in outlets}
    seen, matched = {}, []
    for row in rows:
        v = row.values
        key = (("approval", v["province_code"], v["approval_no"]) if v["approval_no"]
               else ("name", *_key(v["province_code"], v["name"])))
        if key in seen:
            errors.append(RowError(row.line, "approval_no" if v["approval_no"] else "name",
                                   f"Điểm bán này đã có ở dòng {seen[key]}."))
            continue
        seen[key] = row.line
        outlet = by_approval.get((v["province_code"], v["approval_no"])) if v["approval_no"] \
            else None
        if outlet is None:
            outlet = by_name.get(_key(v["province_code"], v["name"]))
            if outlet is not None and v["approval_no"] and outlet.approval_no:
                errors.append(RowError(row.line, "approval_no", (
                    f"Điểm bán “{outlet.name}” ở tỉnh này đã có số quyết định "
                    f"{outlet.approval_no}, khác {v['approval_no']}.")))
                continue
        matched.append((row, outlet))
    return matched


def _periods(outlet):
    return sorted((p.weekday, p.opens, p.closes) for p in outlet.opening_periods.all())


def _exceptions(outlet):
    return [openinghours.DatedHours(e.date, None if e.closed else e.opens,
                                    None if e.closed else e.closes, e.reason)
            for e in sorted(outlet.opening_exceptions.all(), key=lambda e: e.date)]


def _hours_changed(outlet, schedule):
    """Which of the week and the exceptions the file changes (a cell without
    dated rules leaves the exceptions kept in the back office alone)."""
    if schedule is None:
        return False, False
    return (_periods(outlet) != schedule.week,
            schedule.has_dated_rules and _exceptions(outlet) != schedule.exceptions)


def _apply(row, outlet, source):
    """Create or update ``outlet`` from ``row``: 'created', 'updated' or 'unchanged'."""
    if outlet is None:
        outlet = Outlet(status=row.status, **row.values)
        outlet.full_clean(exclude=["slug"])
        outlet.save()
        if row.status != Outlet.Status.ACTIVE:
            outlet.status_changes.create(status=row.status, reason=source,
                                         changed_on=dt.date.today())
        if row.hours is not None:
            _set_week(outlet, row.hours.week)
            _set_exceptions(outlet, row.hours.exceptions)
        return "created"
    changed = [name for name, value in row.values.items() if getattr(outlet, name) != value]
    week_changed, exceptions_changed = _hours_changed(outlet, row.hours)
    status_changed = outlet.status != row.status
    if not (changed or week_changed or exceptions_changed or status_changed):
        return "unchanged"
    for name in changed:
        setattr(outlet, name, row.values[name])
    if changed:
        outlet.full_clean(exclude=["slug"])
        outlet.save()
    if week_changed:
        outlet.opening_periods.all().delete()
        _set_week(outlet, row.hours.week)
    if exceptions_changed:
        outlet.opening_exceptions.all().delete()
        _set_exceptions(outlet, row.hours.exceptions)
    if status_changed:
        outlet.change_status(row.status, reason=source)
    return "updated"


def _set_week(outlet, week):
    OpeningPeriod.objects.bulk_create(
        OpeningPeriod(outlet=outlet, weekday=day, opens=opens, closes=closes)
        for day, opens, closes in week
    )


def _set_exceptions(outlet, exceptions):
    OpeningException.objects.bulk_create(
        OpeningException(outlet=outlet, date=e.date, closed=e.closed, opens=e.opens,
                         closes=e.closes, reason=e.reason[:255])
        for e in exceptions
    )


def _no_progress(items, **_kwargs):
    return items


def import_file(path, *, dry_run=False, progress=None) -> Result:
    """Import ``path``; raises ``ImportRefused`` (changing nothing) on any problem."""
    table = read_table(path)
    missing = [name for name in REQUIRED if name not in table.header]
    if missing:
        raise FileRefused(f"Thiếu cột bắt buộc: {', '.join(missing)}. Các cột của tệp điểm "
                          f"bán: {', '.join(COLUMNS)}.")
    if progress is None or len(table.rows) <= PROGRESS_FROM_ROWS:
        progress = _no_progress
    rows, errors = [], []
    for raw in progress(table.rows, desc="Kiểm tra", total=len(table.rows), unit=" dòng"):
        row, row_errors = _parse(raw)
        errors += row_errors
        if row is not None:
            rows.append(row)
    result = Result(rows=len(table.rows), dry_run=dry_run,
                    ignored_columns=[n for n in table.header if n not in COLUMNS])
    source = f"Nhập từ tệp {getattr(path, 'name', str(path)).rsplit('/', 1)[-1]}"
    with transaction.atomic():
        one_at_a_time("outlets.import_outlets")  # see shop/locks.py
        matched = _match(rows, errors)
        if errors:
            raise RowsRefused(errors)
        for row, outlet in progress(matched, desc="Ghi", total=len(matched), unit=" dòng"):
            outcome = _apply(row, outlet, source)
            setattr(result, outcome, getattr(result, outcome) + 1)
        if dry_run:
            transaction.set_rollback(True)
    return result
