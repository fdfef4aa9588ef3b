"""The registry refuses bad codes, bad coordinates and bad hours."""
import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from outlets.models import OpeningException, OpeningPeriod, Outlet
from tests.outlets.builders import HUE_STATION, make_outlet

pytestmark = pytest.mark.django_db


def test_outlet_types_are_the_qd_950_list_in_vietnamese():
    labels = [str(label) for label in Outlet.Type.labels]
    for expected in ("Ga đường sắt (nhà ga)", "Cảng hàng không (sân bay)", "Bến xe khách",
                     "Trạm dừng nghỉ (cao tốc, quốc lộ)", "Khu / điểm du lịch", "Chợ",
                     "Làng nghề", "Bưu cục", "Trung tâm / cửa hàng OCOP"):
        assert expected in labels
    assert len(labels) == 15


def test_official_codes_are_accepted():
    outlet = make_outlet(HUE_STATION)
    outlet.full_clean()
    assert outlet.province_name == "Thành phố Huế"
    assert outlet.full_address == "Số 1, Phường Thuận Hóa, Thành phố Huế"


def test_unknown_province_code_is_refused():
    outlet = Outlet(name="X", outlet_type="market", province_code="99")
    with pytest.raises(ValidationError) as error:
        outlet.full_clean()
    assert "province_code" in error.value.message_dict


def test_commune_of_another_province_is_refused():
    # 00073 (Cửa Nam) is in Hà Nội, not Huế.
    outlet = Outlet(name="X", outlet_type="market", province_code="46", commune_code="00073")
    with pytest.raises(ValidationError) as error:
        outlet.full_clean()
    assert "không thuộc tỉnh/thành" in error.value.message_dict["commune_code"][0]


def test_latitude_without_longitude_is_refused():
    outlet = Outlet(name="X", outlet_type="market", province_code="46",
                    latitude=Decimal("16.45"))
    with pytest.raises(ValidationError) as error:
        outlet.full_clean()
    assert "longitude" in error.value.message_dict


def test_latitude_out_of_range_is_refused():
    outlet = Outlet(name="X", outlet_type="market", province_code="46",
                    latitude=Decimal("107.5"), longitude=Decimal("16.4"))
    with pytest.raises(ValidationError) as error:
        outlet.full_clean()
    assert "latitude" in error.value.message_dict


def test_slug_is_ascii_and_unique():
    first = make_outlet(name="Điểm OCOP Đồng Hới")
    second = make_outlet(name="Điểm OCOP Đồng Hới")
    assert first.slug == "diem-ocop-dong-hoi"
    assert second.slug == "diem-ocop-dong-hoi-2"


def test_status_change_keeps_history():
    outlet = make_outlet()
    outlet.change_status(Outlet.Status.SUSPENDED, reason="Sửa chữa nhà ga",
                         on=dt.date(2026, 3, 1))
    outlet.refresh_from_db()
    assert outlet.status == "suspended"
    change = outlet.status_changes.get()
    assert (change.status, change.reason, change.changed_on) == (
        "suspended", "Sửa chữa nhà ga", dt.date(2026, 3, 1))


def test_period_must_close_after_it_opens():
    outlet = make_outlet(hours=False)
    period = OpeningPeriod(outlet=outlet, weekday=0, opens=dt.time(21), closes=dt.time(7))
    with pytest.raises(ValidationError) as error:
        period.full_clean()
    assert "closes" in error.value.message_dict


def test_period_may_close_at_midnight():
    outlet = make_outlet(hours=False)
    OpeningPeriod(outlet=outlet, weekday=4, opens=dt.time(20), closes=dt.time(0)).full_clean()


def test_weekday_must_be_0_to_6():
    outlet = make_outlet(hours=False)
    with pytest.raises(ValidationError):
        OpeningPeriod(outlet=outlet, weekday=7, opens=dt.time(7), closes=dt.time(9)).full_clean()


def test_special_hours_need_both_times():
    outlet = make_outlet(hours=False)
    exception = OpeningException(outlet=outlet, date=dt.date(2026, 2, 16), closed=False,
                                 opens=dt.time(8))
    with pytest.raises(ValidationError) as error:
        exception.full_clean()
    assert "closes" in error.value.message_dict


def test_closed_day_has_no_hours():
    outlet = make_outlet(hours=False)
    exception = OpeningException(outlet=outlet, date=dt.date(2026, 2, 17), closed=True,
                                 opens=dt.time(8), closes=dt.time(9), reason="Tết")
    with pytest.raises(ValidationError):
        exception.full_clean()
