"""The 2025 divisions on an address: official province and commune codes.

Since 1 July 2025 an address is a street, a commune/ward and one of 34
provinces (no district). Order addresses and address-book entries keep the
official codes beside the names, so a saved address can ship a parcel
again (``populate_alternative_model`` copies fields by name) and reports
group by province without parsing text.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _

from shop import divisions


class DivisionCodes(models.Model):
    province_code = models.CharField(_("Mã tỉnh/thành"), max_length=2, blank=True)
    commune_code = models.CharField(_("Mã xã/phường"), max_length=5, blank=True)

    class Meta:
        abstract = True

    def set_division_names(self):
        """Write the commune and province names where Oscar prints a city and state."""
        self.line4 = divisions.commune_name(self.commune_code)
        self.state = divisions.province_name(self.province_code)
