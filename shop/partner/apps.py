"""Fork of ``oscar.apps.partner``: an Oscar partner is a chủ thể OCOP.

We fork rather than add a profile model because every producer is a partner
and vice versa (the dashboard's partner scoping, stock records and order
lines already key on Partner), and because the purchase strategy lives in
this app and must refuse unlisted products.
"""
import oscar.apps.partner.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class PartnerConfig(apps.PartnerConfig):
    name = "shop.partner"
    namespace = "producers"

    def ready(self):
        super().ready()
        self.producer_list_view = get_class("partner.views", "ProducerListView")
        self.producer_view = get_class("partner.views", "ProducerDetailView")

    def get_urls(self):
        urls = super().get_urls() + [
            path("", self.producer_list_view.as_view(), name="index"),
            path("<slug:slug>/", self.producer_view.as_view(), name="detail"),
        ]
        return self.post_process_urls(urls)
