"""OCOP certificate rules that do not depend on the database.

Stars follow points (QĐ 148/QĐ-TTg 2023): 90–100 five stars, 70–<90 four,
50–<70 three, 30–<50 two, below 30 one; only 3–5 stars are certified. A
certificate is valid 36 months from its issue date, and producers are told
30 days before it lapses.
"""
import calendar
import datetime as dt
from decimal import Decimal

from django.utils.translation import gettext as _

VALIDITY_MONTHS = 36
EXPIRING_DAYS = 30
CERTIFIED_STARS = (3, 4, 5)
# Districts were abolished on 1 July 2025 (two-level local government):
# older 3★ certificates may say "cấp huyện", newer ones cannot.
DISTRICTS_ABOLISHED = dt.date(2025, 7, 1)
DISTRICT_LEVEL = "district"
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


def problems(*, stars, score, level, issued_on, valid_until) -> list[tuple[str, str]]:
    """Rules that tie a certificate's fields together, as (field, message).

    Shared by the model's ``clean()`` and the importer so both refuse the
    same certificates with the same words. ``None`` values are skipped (the
    field's own check reports them).
    """
    found = []
    if stars is not None and stars not in CERTIFIED_STARS:
        found.append(("stars", _("Chỉ sản phẩm 3–5 sao được chứng nhận OCOP (%(stars)s sao).")
                      % {"stars": stars}))
    if stars is not None and score is not None and stars_for_score(score) != stars:
        found.append(("stars", _("Điểm %(score)s tương ứng %(expected)s sao, không phải "
                                 "%(stars)s sao (QĐ 148/QĐ-TTg).")
                      % {"score": score, "expected": stars_for_score(score), "stars": stars}))
    if issued_on and valid_until and valid_until < issued_on:
        found.append(("valid_until", _("Ngày hết hiệu lực trước ngày cấp.")))
    if level == DISTRICT_LEVEL and issued_on and issued_on >= DISTRICTS_ABOLISHED:
        found.append(("certificate_level", _("Từ 01/07/2025 không còn cấp huyện: giấy chứng "
                                             "nhận cấp ngày %(day)s phải là cấp tỉnh hoặc "
                                             "trung ương.") % {"day": f"{issued_on:%d/%m/%Y}"}))
    return found
