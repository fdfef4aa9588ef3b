"""The role of provincial officers (cán bộ Sở Công Thương) as an auth Group.

The group grants the outlets permissions; which province an officer may
touch comes from its ``ProvincialOfficer`` record (``outlets.scoping``).
Permissions are normally created after all migrations (post_migrate), so
they are created here first for the two apps the group needs.
"""
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Cán bộ Sở Công Thương"
PERMISSIONS = {
    "outlets": {
        "outlet": ("add", "change", "view"),
        "outletstatuschange": ("view",),
        "openingperiod": ("add", "change", "delete", "view"),
        "openingexception": ("add", "change", "delete", "view"),
        "outletproduct": ("add", "change", "delete", "view"),
        "inspection": ("add", "change", "delete", "view"),
        "coveragetarget": ("add", "change", "view"),
    },
    # The assortment's product picker (autocomplete) needs to read products.
    "catalogue": {"product": ("view",)},
}


def _ensure_permissions(apps):
    for label in PERMISSIONS:
        config = apps.get_app_config(label)
        config.models_module = True  # the state apps leave it None; create_permissions skips those
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None


def create_group(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(*Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            ))


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("outlets", "0002_officers_inspections_targets"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
