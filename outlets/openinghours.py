"""OpenStreetMap ``opening_hours`` for weekly schedules and dated exceptions.

The import/export format writes the week the way OSM does
(``Mo-Fr 07:00-21:00; Sa-Su 06:30-22:00``, ``24/7``, ``Mo,We,Fr 08:00-12:00``,
``Su off``). A later rule replaces earlier ones for its days, as in OSM. A
range that runs past midnight (``Fr 20:00-02:00``) becomes two periods, Fri
20:00–00:00 and Sat 00:00–02:00, because ``OpeningPeriod`` ends each period
on its own day (00:00 = the day's end).

Dated rules (``OpeningException`` rows, e.g. Tết closures) use OSM's full
dates, with the year, and an optional comment in double quotes:
``2027 Feb 05-2027 Feb 09 off "Tết Nguyên đán"``, ``2026 Sep 02 off``,
``2026 Dec 31 07:00-12:00 "Cuối năm"``; a range may shorten its end
(``2027 Feb 05-09``, ``2026 Dec 30-Jan 02`` across the year) and several
dates may be listed with commas. Each day gets one exception: closed, or
one interval of special hours. ``PH`` (public holidays) is refused: Tết and
the Hùng Kings' day follow the lunar calendar, so the file names the dates.
Months without a year (every year) are refused for the same reason.
"""
import dataclasses
import datetime as dt
import re

DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
_DAY_INDEX = {d.lower(): i for i, d in enumerate(DAYS)}
MIDNIGHT = dt.time(0)
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_RANGE = re.compile(r"(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})")
_DAY_SELECTOR = re.compile(r"[A-Za-z]{2}(?:\s*-\s*[A-Za-z]{2})?(?:\s*,\s*[A-Za-z]{2}"
                           r"(?:\s*-\s*[A-Za-z]{2})?)*")


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
#: ``2027 Feb 05`` then optionally ``-2027 Feb 09``, ``-Feb 09`` or ``-09``.
_DATE_RANGE = re.compile(r"(\d{4})\s+([A-Za-z]{3})\s+(\d{1,2})(?:\s*-\s*(?:(\d{4})\s+)?"
                         r"(?:([A-Za-z]{3})\s+)?(\d{1,2}))?")
_COMMENT = re.compile(r'\s*"([^"]*)"\s*$')
#: A dated rule may not stand for more days than this (a typo in a year).
MAX_DATED_DAYS = 366


class OpeningHoursError(ValueError):
    """The text is not an opening_hours value we understand; says why (in Vietnamese)."""


@dataclasses.dataclass(frozen=True)
class DatedHours:
    """One dated exception: closed (``opens`` None) or one interval of hours."""

    date: dt.date
    opens: dt.time | None = None
    closes: dt.time | None = None
    reason: str = ""

    @property
    def closed(self):
        return self.opens is None


@dataclasses.dataclass
class Schedule:
    week: list  # [(weekday, opens, closes)]
    exceptions: list  # [DatedHours] by date
    #: Whether the text had dated rules (a weekly-only text leaves them alone).
    has_dated_rules: bool = False


def _minutes(text: str) -> int:
    hours, minutes = map(int, _TIME.fullmatch(text).groups())
    if minutes > 59 or hours > 48 or (hours * 60 + minutes) > 48 * 60:
        raise OpeningHoursError(f"giờ “{text}” không hợp lệ")
    return hours * 60 + minutes


def _days(selector: str) -> list[int]:
    days = []
    for part in selector.split(","):
        ends = [p.strip().lower() for p in part.split("-")]
        if any(end not in _DAY_INDEX for end in ends):
            raise OpeningHoursError(
                f"không nhận ra thứ “{part.strip()}” (dùng Mo, Tu, We, Th, Fr, Sa, Su)"
            )
        first, last = _DAY_INDEX[ends[0]], _DAY_INDEX[ends[-1]]
        span = (last - first) % 7  # Sa-Mo wraps over the week end
        days += [(first + i) % 7 for i in range(span + 1)]
    return days


def _rule(rule: str):
    """(days, [(start_min, end_min)]) for one rule; [] intervals = closed."""
    if rule.lower() == "24/7":
        return list(range(7)), [(0, 24 * 60)]
    if rule.lower() in ("off", "closed"):
        return list(range(7)), []
    match = _DAY_SELECTOR.match(rule)
    days, rest = list(range(7)), rule
    if match and not rule[:1].isdigit():
        days, rest = _days(match.group()), rule[match.end():].strip().lstrip(":").strip()
    if rest.lower() in ("off", "closed"):
        return days, []
    intervals = []
    for piece in rest.split(","):
        found = _RANGE.fullmatch(piece.strip())
        if not found:
            raise OpeningHoursError(
                f"không hiểu “{piece.strip() or rule}” (ví dụ: Mo-Fr 07:00-21:00)"
            )
        start, end = _minutes(found[1]), _minutes(found[2])
        if start >= 24 * 60:
            raise OpeningHoursError(f"giờ mở cửa “{found[1]}” phải trước 24:00")
        if end <= start:
            end += 24 * 60  # 20:00-02:00 runs past midnight
        if end - start > 24 * 60:
            raise OpeningHoursError(f"khoảng “{piece.strip()}” dài hơn một ngày")
        intervals.append((start, end))
    return days, intervals


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60 % 24, minutes % 60)


def _day(year, month, day, text):
    month_no = _MONTH_INDEX.get(month.lower())
    if month_no is None:
        raise OpeningHoursError(f"không nhận ra tháng “{month}” (dùng {', '.join(MONTHS)})")
    try:
        return dt.date(int(year), month_no, int(day))
    except ValueError:
        raise OpeningHoursError(f"ngày “{text}” không có trên lịch") from None


def _dates(selector: str) -> list[dt.date]:
    dates = []
    for part in selector.split(","):
        part = part.strip()
        found = _DATE_RANGE.fullmatch(part)
        if not found:
            raise OpeningHoursError(f"không hiểu ngày “{part}” (ví dụ: 2027 Feb 05-2027 Feb 09)")
        year, month, day, end_year, end_month, end_day = found.groups()
        first = _day(year, month, day, part)
        last = first
        if end_day:
            last = _day(end_year or year, end_month or month, end_day, part)
            if last < first and not end_year:  # Dec 30-Jan 02 runs into the next year
                last = _day(int(year) + 1, end_month or month, end_day, part)
        span = (last - first).days
        if span < 0:
            raise OpeningHoursError(f"khoảng ngày “{part}” kết thúc trước khi bắt đầu")
        if span >= MAX_DATED_DAYS:
            raise OpeningHoursError(f"khoảng ngày “{part}” dài hơn {MAX_DATED_DAYS} ngày")
        dates += [first + dt.timedelta(days=i) for i in range(span + 1)]
    return dates


def _dated_rule(rule: str) -> list[DatedHours]:
    """The exceptions of a rule that starts with a year (``2027 Feb 05 off``)."""
    reason = ""
    comment = _COMMENT.search(rule)
    if comment:
        reason, rule = comment.group(1).strip(), rule[:comment.start()].strip()
    hours = re.search(r"\s(?:off|closed|\d{1,2}:\d{2})", rule, re.IGNORECASE)
    if hours is None:
        raise OpeningHoursError(
            f"ngày “{rule}”: ghi “off” (nghỉ) hoặc giờ mở cửa, ví dụ 2027 Feb 05 off")
    dates, rest = _dates(rule[:hours.start()]), rule[hours.start():].strip()
    if rest.lower() in ("off", "closed"):
        return [DatedHours(day, reason=reason) for day in dates]
    found = _RANGE.fullmatch(rest)
    if not found:
        raise OpeningHoursError(
            f"ngày đặc biệt “{rule}”: chỉ ghi “off” hoặc một khoảng giờ, ví dụ 07:00-12:00")
    start, end = _minutes(found[1]), _minutes(found[2])
    if not start < end <= 24 * 60:
        raise OpeningHoursError(
            f"ngày đặc biệt “{rule}”: giờ đóng cửa phải sau giờ mở cửa, trong cùng ngày")
    return [DatedHours(day, _time(start), _time(end), reason) for day in dates]


def _is_dated(rule: str) -> bool:
    return bool(re.match(r"\d{4}\s+[A-Za-z]", rule))


def _refuse_unsupported(rule: str):
    head = rule.split()[0].lower() if rule.split() else ""
    if head in ("ph", "sh") or head.startswith(("ph,", "sh,")):
        raise OpeningHoursError(
            "không hỗ trợ “PH”/“SH” (ngày lễ theo âm lịch như Tết thay đổi mỗi năm): ghi "
            "ngày cụ thể, ví dụ “2027 Feb 05-2027 Feb 09 off”")
    if head[:3] in _MONTH_INDEX and not rule[:1].isdigit():
        raise OpeningHoursError(
            f"ngày “{rule}” thiếu năm: ghi đủ năm, ví dụ “2027 Feb 05 off”")


def parse_schedule(text: str) -> Schedule:
    """The week and the dated exceptions of ``text``.

    Raises :class:`OpeningHoursError`. ``off`` gives an empty week. A date
    named twice takes its last rule, as in OSM.
    """
    week: dict[int, list] = {day: [] for day in range(7)}
    exceptions: dict[dt.date, DatedHours] = {}
    rules = [r.strip() for r in str(text).replace("\n", ";").split(";") if r.strip()]
    if not rules:
        raise OpeningHoursError("trống")
    dated = False
    for rule in rules:
        _refuse_unsupported(rule)
        if _is_dated(rule):
            dated = True
            exceptions.update((e.date, e) for e in _dated_rule(rule))
            continue
        days, intervals = _rule(rule)
        for day in days:
            week[day] = list(intervals)
    return Schedule(_periods(week), sorted(exceptions.values(), key=lambda e: e.date), dated)


def parse(text: str) -> list[tuple[int, dt.time, dt.time]]:
    """[(weekday, opens, closes)] sorted; closes 00:00 = end of day (dated rules dropped)."""
    return parse_schedule(text).week


def _periods(week):
    periods = set()
    for day, intervals in week.items():
        for start, end in intervals:
            periods.add((day, _time(start), _time(min(end, 24 * 60))))
            if end > 24 * 60:  # the part after midnight belongs to the next day
                periods.add(((day + 1) % 7, MIDNIGHT, _time(end - 24 * 60)))
    return sorted(periods)


def _hhmm(value: dt.time, end=False) -> str:
    if end and value == MIDNIGHT:
        return "24:00"
    return f"{value:%H:%M}"


def _osm_date(day: dt.date) -> str:
    return f"{day.year} {MONTHS[day.month - 1]} {day.day:02d}"


def format_exceptions(exceptions) -> str:
    """Dated rules for ``exceptions`` (``DatedHours`` or ``OpeningException``),
    consecutive days with the same hours and reason joined into one range."""
    rules, run = [], []

    def key(e):
        return (None, None) if e.closed else (e.opens, e.closes), e.reason or ""

    def flush():
        if not run:
            return
        first, last = run[0].date, run[-1].date
        when = _osm_date(first) if first == last else f"{_osm_date(first)}-{_osm_date(last)}"
        (opens, closes), reason = key(run[0])
        hours = "off" if opens is None else f"{_hhmm(opens)}-{_hhmm(closes, end=True)}"
        comment = f' "{reason.replace(chr(34), chr(39))}"' if reason else ""
        rules.append(f"{when} {hours}{comment}")

    for exception in sorted(exceptions, key=lambda e: e.date):
        if run and (exception.date - run[-1].date).days == 1 and key(exception) == key(run[-1]):
            run.append(exception)
        else:
            flush()
            run = [exception]
    flush()
    return "; ".join(rules)


def format(periods, exceptions=()) -> str:  # noqa: A001 (the module's verb: parse / format)
    """The OSM text of ``periods`` ((weekday, opens, closes) or models) and
    of the dated ``exceptions``, which come last so they win, as in OSM."""
    week = _format_week(periods)
    dated = format_exceptions(exceptions)
    if dated:
        return f"{week}; {dated}" if week else dated
    return week


def _format_week(periods) -> str:
    items = sorted(
        (p if isinstance(p, tuple) else (p.weekday, p.opens, p.closes)) for p in periods
    )
    if not items:
        return ""
    week: dict[int, list] = {day: [] for day in range(7)}
    for day, opens, closes in items:
        week[day].append([opens, closes, False])
    # Join a night that runs past midnight back into one range (Fr 20:00-02:00).
    for day in range(7):
        for night in week[day]:
            if night[1] != MIDNIGHT or night[0] == MIDNIGHT:
                continue
            following = week[(day + 1) % 7]
            tail = next((p for p in following if p[0] == MIDNIGHT and p[1] != MIDNIGHT
                         and not p[2]), None)
            if tail is not None:
                night[1] = tail[1]
                night.append("joined")
                tail[2] = True  # drop it from its own day
    texts = {}
    for day in range(7):
        parts = [f"{_hhmm(o)}-{_hhmm(c, end=True)}" for o, c, dropped, *joined
                 in sorted(week[day]) if not dropped]
        texts[day] = ",".join(parts)
    if all(texts[day] == "00:00-24:00" for day in range(7)):
        return "24/7"
    rules, day = [], 0
    while day < 7:
        if not texts[day]:
            day += 1
            continue
        last = day
        while last + 1 < 7 and texts[last + 1] == texts[day]:
            last += 1
        days = DAYS[day] if last == day else f"{DAYS[day]}-{DAYS[last]}"
        rules.append(f"{days} {texts[day]}")
        day = last + 1
    return "; ".join(rules) if rules else "off"
