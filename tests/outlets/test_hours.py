""""Open now" in Asia/Ho_Chi_Minh, from the week and its exceptions."""
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from outlets.hours import open_state
from outlets.models import OpeningException, OpeningPeriod, Outlet
from tests.outlets.builders import make_outlet

VN = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = dt.timezone.utc
DAILY = [OpeningPeriod(weekday=day, opens=dt.time(7), closes=dt.time(21)) for day in range(7)]
# 2 March 2026 is a Monday; Tết Bính Ngọ (mùng 1) is Tuesday 17 February 2026.
MONDAY = dt.date(2026, 3, 2)
TET = dt.date(2026, 2, 17)


def at(day, hour, minute=0, tz=VN):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz)


def test_open_during_the_day_until_closing_time():
    state = open_state(DAILY, [], at(MONDAY, 10))
    assert state.is_open
    assert state.closes_at == at(MONDAY, 21)


def test_closed_before_opening_says_when_it_opens():
    state = open_state(DAILY, [], at(MONDAY, 6, 59))
    assert not state.is_open
    assert state.opens_at == at(MONDAY, 7)


def test_closed_at_closing_time_opens_next_morning():
    state = open_state(DAILY, [], at(MONDAY, 21))
    assert not state.is_open
    assert state.opens_at == at(MONDAY + dt.timedelta(days=1), 7)


def test_time_zone_is_ho_chi_minh_not_utc():
    # 15:00 UTC is 22:00 in Việt Nam: closed, although 15:00 is within 07–21.
    assert not open_state(DAILY, [], at(MONDAY, 15, tz=UTC)).is_open
    # 01:00 UTC is 08:00 in Việt Nam: open, although 01:00 is before 07:00.
    assert open_state(DAILY, [], at(MONDAY, 1, tz=UTC)).is_open


def test_tet_closure_closes_a_normal_day_and_gives_the_reason():
    tet = [OpeningException(date=TET + dt.timedelta(days=n), closed=True,
                            reason="Tết Nguyên đán") for n in range(-1, 3)]
    state = open_state(DAILY, tet, at(TET, 10))
    assert not state.is_open
    assert state.reason == "Tết Nguyên đán"
    # Closed from 30 Tết to mùng 3; open again on mùng 4 (20 February).
    assert state.opens_at == at(dt.date(2026, 2, 20), 7)


def test_day_before_tet_closure_closes_at_usual_time():
    tet = [OpeningException(date=TET, closed=True, reason="Tết")]
    state = open_state(DAILY, tet, at(TET - dt.timedelta(days=1), 20))
    assert state.is_open
    assert state.closes_at == at(TET - dt.timedelta(days=1), 21)
    assert state.reason == ""


def test_special_hours_replace_the_week():
    short = [OpeningException(date=MONDAY, closed=False, opens=dt.time(9),
                              closes=dt.time(12), reason="Giỗ Tổ Hùng Vương")]
    assert not open_state(DAILY, short, at(MONDAY, 8)).is_open
    assert open_state(DAILY, short, at(MONDAY, 11)).closes_at == at(MONDAY, 12)
    after = open_state(DAILY, short, at(MONDAY, 13))
    assert not after.is_open
    assert after.opens_at == at(MONDAY + dt.timedelta(days=1), 7)


FRIDAY, SATURDAY = dt.date(2026, 3, 6), dt.date(2026, 3, 7)
NIGHT = [
    OpeningPeriod(weekday=4, opens=dt.time(20), closes=dt.time(0)),
    OpeningPeriod(weekday=5, opens=dt.time(0), closes=dt.time(2)),
]


def test_night_past_midnight_is_one_opening():
    state = open_state(NIGHT, [], at(FRIDAY, 23, 30))
    assert state.is_open
    assert state.closes_at == at(SATURDAY, 2)


def test_after_midnight_still_open_from_yesterday_evening():
    state = open_state(NIGHT, [], at(SATURDAY, 1))
    assert state.is_open
    assert state.closes_at == at(SATURDAY, 2)


def test_closed_after_the_night_until_next_week():
    state = open_state(NIGHT, [], at(SATURDAY, 2, 30))
    assert not state.is_open
    assert state.opens_at == at(FRIDAY + dt.timedelta(days=7), 20)


def test_next_opening_wraps_the_week():
    mondays = [OpeningPeriod(weekday=0, opens=dt.time(8), closes=dt.time(17))]
    sunday = MONDAY + dt.timedelta(days=6)
    assert open_state(mondays, [], at(sunday, 12)).opens_at == at(sunday + dt.timedelta(days=1), 8)


def test_no_hours_means_closed_with_no_next_opening():
    state = open_state([], [], at(MONDAY, 12))
    assert not state.is_open and state.opens_at is None


def test_naive_datetime_is_refused():
    with pytest.raises(ValueError):
        open_state(DAILY, [], dt.datetime(2026, 3, 2, 12))


@pytest.mark.django_db
def test_outlet_open_now_reads_the_clock_and_its_exceptions():
    outlet = make_outlet()
    OpeningException.objects.create(outlet=outlet, date=TET, closed=True, reason="Tết")
    with time_machine.travel(at(TET, 10), tick=False):
        assert not outlet.open_state().is_open
    with time_machine.travel(at(TET + dt.timedelta(days=1), 10), tick=False):
        assert outlet.open_state().is_open


@pytest.mark.django_db
def test_suspended_outlet_is_closed():
    outlet = make_outlet()
    outlet.change_status(Outlet.Status.SUSPENDED, reason="Sửa chữa")
    assert not outlet.open_state(at(MONDAY, 10)).is_open
