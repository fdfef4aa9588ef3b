"""OCOP certificate rules that do not depend on the database.

Stars follow points (QĐ 148/QĐ-TTg 2023): 90–100 five stars, 70–<90 four,
50–<70 three, 30–<50 two, below 30 one; only 3–5 stars are certified. A
certificate is valid 36 months from its issue date, and producers are told
30 days before it lapses.
"""
import calendar
import datetime as dt
from decimal import Decimal

VALIDITY_MONTHS = 36
EXPIRING_DAYS = 30
CERTIFIED_STARS = (3, 4, 5)
# (lowest score, stars), highest band first.
STAR_BANDS = ((Decimal(90), 5), (Decimal(70), 4), (Decimal(50), 3), (Decimal(30), 2))


def stars_for_score(score) -> int:
    score = Decimal(score)
    for lowest, stars in STAR_BANDS:
        if score >= lowest:
            return stars
    return 1


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; 29 Feb + 36 months is 28 Feb."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def default_valid_until(issued_on: dt.date) -> dt.date:
    """Valid until issue date + 36 months, when the decision names no date."""
    return add_months(issued_on, VALIDITY_MONTHS)
