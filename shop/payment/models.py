"""Fork of Oscar's payment models, plus the Stripe events already handled.

Stripe delivers an event at least once and retries until it is answered
with 2xx, so the same event can arrive twice; keeping each event id makes
handling it a second time change nothing.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class StripeEvent(models.Model):
    event_id = models.CharField(_("Mã sự kiện Stripe"), max_length=255, unique=True)
    type = models.CharField(_("Loại"), max_length=100)
    received_at = models.DateTimeField(_("Nhận lúc"), auto_now_add=True)

    class Meta:
        app_label = "payment"
        verbose_name = _("Sự kiện Stripe")
        verbose_name_plural = _("Sự kiện Stripe")

    def __str__(self):
        return f"{self.type} {self.event_id}"


from oscar.apps.payment.models import *  # noqa: E402,F401,F403  (fork idiom)
