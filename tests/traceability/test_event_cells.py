"""The event file's cell parsers: forms people type, and nothing but a
FieldError (a listed row error) for anything else."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.importing.errors import FieldError
from traceability import event_import


@pytest.mark.parametrize("cell, expected", [
    ("25/11/2026 14:30", (dt.datetime(2026, 11, 25, 14, 30), None)),
    ("25-11-2026 7h05", (dt.datetime(2026, 11, 25, 7, 5), None)),
    ("2026-11-25T14:30:15", (dt.datetime(2026, 11, 25, 14, 30, 15), None)),
    ("2026-11-25 14:30+09:00", (dt.datetime(2026, 11, 25, 14, 30), "+09:00")),
    ("2026-11-25T14:30Z", (dt.datetime(2026, 11, 25, 14, 30), "+00:00")),
    ("25/11/2026", (dt.datetime(2026, 11, 25), None)),
])
def test_event_time_as_people_type_it(cell, expected):
    assert event_import.event_time(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    ("+07:00", "+07:00"), ("+7", "+07:00"), ("UTC+7", "+07:00"), ("GMT-03:30", "-03:30"),
])
def test_offsets(cell, expected):
    assert event_import.offset(cell) == expected


@pytest.mark.parametrize("cell, code", [
    ("Thu hoạch", "harvesting"), ("thu hoach", "harvesting"), ("HARVESTING", "harvesting"),
    ("urn:epcglobal:cbv:bizstep:shipping", "shipping"), ("Bán lẻ", "retail_selling"),
    ("retail selling", "retail_selling"), ("vận chuyển", "shipping"),
])
def test_business_steps_by_vietnamese_or_epcis_name(cell, code):
    assert event_import.PARSERS["biz_step"](cell) == code


@given(st.text(max_size=40))
def test_any_text_is_a_value_or_a_field_error(text):
    for parse in (event_import.event_time, event_import.offset,
                  event_import.PARSERS["biz_step"], event_import.PARSERS["event_type"]):
        try:
            parse(text)
        except FieldError:
            pass
