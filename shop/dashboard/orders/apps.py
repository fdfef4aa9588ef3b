"""Fork of Oscar's orders dashboard: each producer fulfils its own lines.

One order may hold goods of several producers. Oscar already lists for a
producer's staff only the orders holding one of its lines, but then shows
and lets them change every line and the order itself; here a producer's
staff see only their own lines and may only move them along the line
status pipeline (shipped, delivered, cancelled). Order-level actions
(status, notes, payments, the address) stay with operators.
"""
import oscar.apps.dashboard.orders.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    name = "shop.dashboard.orders"

    def configure_permissions(self):
        super().configure_permissions()
        # Notes and the delivery address of a shared order are the operators'.
        self.permissions_map["order-detail-note"] = ["is_staff"]
        self.permissions_map["order-shipping-address"] = ["is_staff"]
        # Order statistics sum whole orders, other producers' lines included.
        self.permissions_map["order-stats"] = ["is_staff"]
        # Money goes back to the customer of the whole order: operators only.
        self.permissions_map["order-refund"] = ["is_staff"]

    def ready(self):
        super().ready()
        self.order_refund_view = get_class("dashboard.orders.refunds", "OrderRefundView")

    def get_urls(self):
        refund = path(
            "<str:number>/refund/", self.order_refund_view.as_view(), name="order-refund"
        )
        return super().get_urls() + self.post_process_urls([refund])
