"""OpenStreetMap ``opening_hours`` for simple weekly schedules, both ways.

The import/export format writes the week the way OSM does
(``Mo-Fr 07:00-21:00; Sa-Su 06:30-22:00``, ``24/7``, ``Mo,We,Fr 08:00-12:00``,
``Su off``). Only weekly rules are understood: no months, holidays (``PH``)
or week numbers; exceptions such as Tết closures are kept in the back
office. A later rule replaces earlier ones for its days, as in OSM. A range
that runs past midnight (``Fr 20:00-02:00``) becomes two periods, Fri
20:00–00:00 and Sat 00:00–02:00, because ``OpeningPeriod`` ends each period
on its own day (00:00 = the day's end).
"""
import datetime as dt
import re

DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
_DAY_INDEX = {d.lower(): i for i, d in enumerate(DAYS)}
MIDNIGHT = dt.time(0)
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
_RANGE = re.compile(r"(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})")
_DAY_SELECTOR = re.compile(r"[A-Za-z]{2}(?:\s*-\s*[A-Za-z]{2})?(?:\s*,\s*[A-Za-z]{2}"
                           r"(?:\s*-\s*[A-Za-z]{2})?)*")


class OpeningHoursError(ValueError):
    """The text is not a simple weekly opening_hours value; says why (in Vietnamese)."""


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


def parse(text: str) -> list[tuple[int, dt.time, dt.time]]:
    """[(weekday, opens, closes)] sorted; closes 00:00 = end of day.

    Raises :class:`OpeningHoursError`. ``off`` gives an empty week.
    """
    week: dict[int, list] = {day: [] for day in range(7)}
    rules = [r.strip() for r in str(text).replace("\n", ";").split(";") if r.strip()]
    if not rules:
        raise OpeningHoursError("trống")
    for rule in rules:
        days, intervals = _rule(rule)
        for day in days:
            week[day] = list(intervals)
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


def format(periods) -> str:  # noqa: A001 (the module's verb: parse / format)
    """The OSM text of ``periods`` ((weekday, opens, closes) or models)."""
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
