from django.apps import AppConfig


class ShopConfig(AppConfig):
    """The project app: demo data, administrative divisions, site-wide commands."""

    name = "shop"
    verbose_name = "OCOP Market"

    def ready(self):
        from .analytics import guard_receivers

        guard_receivers()
