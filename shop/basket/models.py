"""Fork of Oscar's basket models: a booking line describes its date and party."""
from django.utils.encoding import smart_str
from oscar.apps.basket.abstract_models import AbstractLine

from catalog import bookings


class Line(AbstractLine):
    @property
    def description(self):
        # Oscar's prints "Ngày đến = '2026-05-01'"; people read 01/05/2026.
        return bookings.describe(smart_str(self.product), self.attributes.all())


from oscar.apps.basket.models import *  # noqa: E402,F401,F403  (fork idiom)
