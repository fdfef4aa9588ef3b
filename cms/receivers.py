"""Signal receivers of the CMS app."""
from django.db.models.signals import post_migrate
from django.dispatch import receiver


@receiver(post_migrate, dispatch_uid="cms-ensure-home-page")
def create_home_page(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "cms":
        from .site_tree import ensure_home_page

        ensure_home_page()
