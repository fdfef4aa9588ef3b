"""Distance from a point, computed in the database.

Haversine on a sphere of radius 6,371 km, written with Django's math
functions (Radians, Sin, Cos, ASin, Sqrt, Power), which SQLite and
PostgreSQL both run, so "near me" needs no PostGIS. Within Việt Nam the
sphere is off by well under 1 %, plenty to rank outlets.
"""
from django.db.models import F, FloatField, Value
from django.db.models.functions import ASin, Cast, Cos, Least, Power, Radians, Sin, Sqrt

EARTH_RADIUS_KM = 6371.0


def with_distance(queryset, latitude: float, longitude: float, name="distance_km"):
    """Annotate ``name`` (km from the point) and drop outlets with no position."""
    lat = Radians(Cast(F("latitude"), FloatField()))
    lon = Radians(Cast(F("longitude"), FloatField()))
    lat0 = Radians(Value(float(latitude), output_field=FloatField()))
    lon0 = Radians(Value(float(longitude), output_field=FloatField()))
    half_chord = Power(Sin((lat - lat0) / 2), 2) + Cos(lat) * Cos(lat0) * Power(
        Sin((lon - lon0) / 2), 2
    )
    # Least() keeps rounding from pushing ASin's argument past 1 at the antipode.
    distance = Value(2 * EARTH_RADIUS_KM) * ASin(
        Least(Sqrt(half_chord), Value(1.0, output_field=FloatField()))
    )
    return queryset.filter(latitude__isnull=False, longitude__isnull=False).annotate(
        **{name: distance}
    )
