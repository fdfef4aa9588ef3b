from django.apps import AppConfig


class CmsConfig(AppConfig):
    """Wagtail page types: home page now; news, events, regions later (issue 9)."""

    name = "cms"
    verbose_name = "CMS"

    def ready(self):
        from . import receivers  # noqa: F401
