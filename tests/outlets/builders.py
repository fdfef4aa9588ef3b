"""Outlet builders for the outlets tests (real places, real 2025 codes)."""
import datetime as dt
from decimal import Decimal

from outlets.models import OpeningPeriod, Outlet

#: name, type, province, commune, latitude, longitude
HANOI_STATION = ("Điểm OCOP Ga Hà Nội", "railway_station", "01", "00073", "21.024500", "105.841200")
HUE_STATION = ("Điểm OCOP Ga Huế", "railway_station", "46", "19786", "16.456400", "107.578600")
DANANG_AIRPORT = ("Điểm OCOP Sân bay Đà Nẵng", "airport", "48", "20242", "16.054400", "108.202200")
THANHHOA_STATION = ("Điểm OCOP Ga Thanh Hóa", "railway_station", "38", "14797", "19.806700",
                    "105.776000")
#: Đại Nội Huế: a customer standing near the citadel.
NEAR_HUE = (16.4698, 107.5786)


def make_outlet(place=HANOI_STATION, *, name=None, hours=True, **fields):
    """An active outlet at ``place``, open 07:00–21:00 every day unless told."""
    default_name, outlet_type, province, commune, lat, lon = place
    fields.setdefault("outlet_type", outlet_type)
    fields.setdefault("province_code", province)
    fields.setdefault("commune_code", commune)
    fields.setdefault("latitude", Decimal(lat))
    fields.setdefault("longitude", Decimal(lon))
    fields.setdefault("street_address", "Số 1")
    outlet = Outlet.objects.create(name=name or default_name, **fields)
    if hours:
        OpeningPeriod.objects.bulk_create(
            OpeningPeriod(outlet=outlet, weekday=day, opens=dt.time(7), closes=dt.time(21))
            for day in range(7)
        )
    return outlet
