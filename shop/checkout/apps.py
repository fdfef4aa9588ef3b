"""Fork of Oscar's checkout: Vietnamese addresses, COD and VietQR, VND totals."""
import oscar.apps.checkout.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CheckoutConfig(apps.CheckoutConfig):
    name = "shop.checkout"

    def ready(self):
        super().ready()
        self.communes_view = get_class("checkout.views", "CommunesView")
        self.contact_view = get_class("checkout.contact", "ContactView")
        self.stripe_webhook = get_class("payment.gateways.stripe.webhooks", "webhook")

    def get_urls(self):
        urls = super().get_urls() + [
            path("communes/", self.communes_view.as_view(), name="communes"),
            path("contact/", self.contact_view.as_view(), name="contact"),
            path("stripe/webhook/", self.stripe_webhook, name="stripe-webhook"),
        ]
        return self.post_process_urls(urls)
