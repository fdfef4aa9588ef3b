"""Signal receivers: Oscar's, plus the six product groups after migrate."""
from django.db.models.signals import post_migrate
from django.dispatch import receiver
from oscar.apps.catalogue.receivers import *  # noqa: F401,F403  (fork idiom)


@receiver(post_migrate, dispatch_uid="catalog-ensure-groups")
def create_product_groups(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "catalogue":
        from .groups import ensure_groups

        ensure_groups()
