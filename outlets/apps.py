from django.apps import AppConfig


class OutletsConfig(AppConfig):
    """The provincial network of OCOP points of sale (issue 5)."""

    name = "outlets"
