"""Fork of Oscar's catalogue dashboard: producers keep their own products.

Oscar scopes partner users through stock records; our products belong to
a producer (``Product.producer``) even without a stock record, so the
visibility rule (``utils.partner_product_visibility_q``) keys on that.
"""
import oscar.apps.dashboard.catalogue.apps as apps


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "shop.dashboard.catalogue"
