"""Photos of an outlet (the shelf, the signboard), shown on its public page."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from .outlet import Outlet


class OutletPhoto(models.Model):
    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="photos")
    #: Stored only after ``shop.images`` has verified and re-encoded it.
    image = models.ImageField(_("Ảnh"), upload_to="outlets/")
    caption = models.CharField(_("Chú thích"), max_length=255, blank=True)
    display_order = models.PositiveSmallIntegerField(_("Thứ tự"), default=0)

    class Meta:
        ordering = ["display_order", "pk"]
        verbose_name = _("Ảnh điểm bán")
        verbose_name_plural = _("Ảnh điểm bán")

    def __str__(self):
        return self.caption or self.image.name
