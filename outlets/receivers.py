"""Signal receivers of the outlets app."""
from django.db.models.signals import post_migrate
from django.dispatch import receiver


@receiver(post_migrate, dispatch_uid="outlets-officer-group")
def create_officer_group(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "outlets":
        from .roles import ensure_officer_group

        ensure_officer_group()
