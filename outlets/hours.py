"""Is an outlet open at a given moment, and when does that change?

Pure functions over the weekly schedule and the exceptions, in
Asia/Ho_Chi_Minh (UTC+7, no daylight saving). Periods that touch across
midnight (Fri 20:00–00:00, Sat 00:00–02:00) are one opening, so at Friday
23:30 the outlet "closes at 02:00", not at midnight.
"""
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .models.hours import EXCEPTION_HORIZON_DAYS

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MIDNIGHT = dt.time(0)


@dataclass(frozen=True)
class OpenState:
    is_open: bool
    #: When an open outlet closes, or when a closed one next opens (local time).
    changes_at: dt.datetime | None = None
    #: The exception (e.g. "Tết Nguyên đán") that makes today different, if any.
    reason: str = ""

    @property
    def closes_at(self):
        return self.changes_at if self.is_open else None

    @property
    def opens_at(self):
        return None if self.is_open else self.changes_at


CLOSED_INDEFINITELY = OpenState(is_open=False)


def _day_intervals(day, periods_by_weekday, exceptions_by_date):
    exception = exceptions_by_date.get(day)
    if exception is not None:
        hours = [] if exception.closed else [(exception.opens, exception.closes)]
    else:
        hours = periods_by_weekday.get(day.weekday(), [])
    for opens, closes in hours:
        start = dt.datetime.combine(day, opens, tzinfo=TZ)
        end_day = day + dt.timedelta(days=1) if closes == MIDNIGHT else day
        yield start, dt.datetime.combine(end_day, closes, tzinfo=TZ)


def _openings(first_day, periods, exceptions, days):
    """Merged (start, end) openings from ``first_day`` for ``days`` days."""
    by_weekday: dict = {}
    for period in periods:
        by_weekday.setdefault(period.weekday, []).append((period.opens, period.closes))
    by_date = {exception.date: exception for exception in exceptions}
    intervals = sorted(
        interval
        for offset in range(days)
        for interval in _day_intervals(first_day + dt.timedelta(days=offset), by_weekday, by_date)
    )
    merged: list = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged, by_date


def open_state(periods, exceptions, at: dt.datetime) -> OpenState:
    """Open or closed at the aware datetime ``at``.

    ``periods`` have ``weekday`` (0 = Monday), ``opens`` and ``closes``;
    ``exceptions`` have ``date``, ``closed``, ``opens``, ``closes`` and
    ``reason``. The next opening is looked for up to two months ahead.
    """
    if at.tzinfo is None:
        raise ValueError("open_state needs an aware datetime")
    local = at.astimezone(TZ)
    yesterday = local.date() - dt.timedelta(days=1)
    openings, by_date = _openings(yesterday, periods, exceptions, EXCEPTION_HORIZON_DAYS + 2)
    today_exception = by_date.get(local.date())
    reason = today_exception.reason if today_exception is not None else ""
    for start, end in openings:
        if start <= local < end:
            return OpenState(is_open=True, changes_at=end, reason=reason)
        if start > local:
            return OpenState(is_open=False, changes_at=start, reason=reason)
    return OpenState(is_open=False, reason=reason)
