"""The Digital Link parser and builder (pure functions)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from traceability import digital_link as dl

GTIN13 = "8930000000019"  # any valid GTIN-13
GTIN14 = "0" + GTIN13


def test_valid_gtin13():
    assert dl.canonical_gtin(GTIN13) == GTIN14


@pytest.mark.parametrize("gtin", ["96385074", "036000291452", "4006381333931", "10012345678902"])
def test_gtin_lengths_padded_to_14(gtin):
    link = dl.parse(f"/01/{gtin}")
    assert link.gtin == gtin.zfill(14) and link.lot is None and link.serial is None


def test_lot_and_serial():
    link = dl.parse(f"/01/{GTIN14}/10/AB%2F12/21/X-9")
    assert (link.gtin, link.lot, link.serial) == (GTIN14, "AB/12", "X-9")
    assert dl.parse(f"/01/{GTIN14}/21/S1").serial == "S1"


@pytest.mark.parametrize(
    "path, words",
    [
        ("/01/4006381333932", "check digit"),
        ("/01/123", "8, 12, 13 or 14"),
        ("/01/40063813339a1", "digits"),
        (f"/01/{GTIN14}/10/" + "A" * 21, "longer than 20"),
        (f"/01/{GTIN14}/10/%C3%A9", "CSET 82"),
        (f"/01/{GTIN14}/10/%FF", "UTF-8"),
        (f"/01/{GTIN14}/10", "needs a value"),
        (f"/01/{GTIN14}/22/X", "only AI 10 and 21"),
        (f"/01/{GTIN14}/21/S/10/L", "AI 10 before 21"),
        ("/02/" + GTIN14, "must start with /01/"),
    ],
)
def test_malformed_says_why(path, words):
    with pytest.raises(dl.Malformed, match=words):
        dl.parse(path)


CSET82 = st.text(alphabet=sorted(dl.CSET82), min_size=1, max_size=20)


@settings(max_examples=300, deadline=None)
@given(lot=CSET82, serial=CSET82)
def test_build_then_parse_round_trip(lot, serial):
    path = dl.build_path(GTIN13, lot, serial)
    assert path.startswith(f"/01/{GTIN14}/10/")
    assert dl.parse(path) == dl.DigitalLink(GTIN14, lot, serial)


def test_builder_refuses_what_the_parser_refuses():
    with pytest.raises(dl.Malformed):
        dl.build_path(GTIN13, "é")


def test_decoded_path_keeps_slashes_in_lot_and_serial():
    assert dl.parse_decoded(f"/01/{GTIN14}/10/A/B/21/S/1") == dl.DigitalLink(GTIN14, "A/B", "S/1")
    assert dl.parse_decoded(f"/01/{GTIN14}/21/S") == dl.DigitalLink(GTIN14, None, "S")
    with pytest.raises(dl.Malformed):
        dl.parse_decoded(f"/01/{GTIN14}/22/X")
    with pytest.raises(dl.Malformed, match="CSET 82"):
        dl.parse_decoded(f"/01/{GTIN14}/10/é")
