"""Who the producer of the journey tests is and what it enters.

Shared by the test-client journey (``tests/journeys``) and the browser one
(``tests/e2e/test_producer_journey.py``) so both follow the same producer.
The profile is ``tests.backoffice.steps.profile_data`` (Thanh Hóa, 38),
so the producer is invited in that province.
"""
import datetime as dt

from django.utils import timezone

from catalog.certificates import add_months, default_valid_until

PRODUCER = "HTX Nem chua Hạc Thành"
PROVINCE = "38"  # Thanh Hóa, the province of steps.profile_data
EMAIL = "chu.nhiem@htx-hacthanh.vn"
PRODUCT = "Nem chua Hạc Thành"  # four words: catalogue cards cut titles after four
DESCRIPTION = "Nem chua gói lá ổi, lên men tự nhiên ba ngày."
PRICE, STOCK = "45000", "30"
CERTIFICATE = "215/QĐ-UBND"
STARS = 4
SCORE = "78"  # 70–<90 points: 4 stars (QĐ 148/QĐ-TTg)
ISSUED_BY = "UBND tỉnh Thanh Hóa"


def issued_on(days_ago=10):
    """The certificate's issue date, ``days_ago`` before today."""
    return timezone.localdate() - dt.timedelta(days=days_ago)


def issued_on_for_a_notice_due_today():
    """An issue date whose default validity (36 months) ends 60 days from today.

    At a month's end no issue date gives exactly 60 (29 Feb + 36 months is
    28 Feb): the latest one ending no later is taken, still inside the
    60-day threshold of ``send_expiry_notices``.
    """
    end = timezone.localdate() + dt.timedelta(days=60)
    day = add_months(end, -36)
    while default_valid_until(day) > end:
        day -= dt.timedelta(days=1)
    return day
