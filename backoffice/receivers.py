"""Signal receivers of the back office."""
from django.db.models.signals import post_migrate
from django.dispatch import receiver


@receiver(post_migrate, dispatch_uid="backoffice-roles")
def keep_roles_current(sender, app_config=None, **kwargs):
    """After the last app migrates, every role has its permissions.

    Runs for this app's signal, which Django sends once the permissions of
    every app exist (they are created by an earlier post_migrate receiver).
    """
    if app_config is not None and app_config.label == "backoffice":
        from .roles import ensure_roles

        ensure_roles()
