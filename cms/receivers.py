"""Signal receivers of the CMS app."""
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import Site

from .models.settings import ThemeSettings, forget_portals


@receiver(post_migrate, dispatch_uid="cms-ensure-home-page")
def create_home_page(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "cms":
        from .site_tree import ensure_home_page

        ensure_home_page()


# A saved or deleted site or theme setting takes effect on the next request.
for _model in (Site, ThemeSettings):
    post_save.connect(forget_portals, sender=_model, dispatch_uid=f"cms-portals-save-{_model}")
    post_delete.connect(forget_portals, sender=_model, dispatch_uid=f"cms-portals-del-{_model}")
