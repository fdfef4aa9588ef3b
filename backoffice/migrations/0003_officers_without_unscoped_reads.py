"""Officers lose ``partner.view_partner`` and ``catalogue.view_product``.

Oscar's partners dashboard opens (and, for ``PartnerManageView``, saves)
with ``view_partner`` alone and is not scoped by province, so an officer
could read and rename another province's producers. ``ensure_roles`` only
ever adds permissions, hence this migration to take them back.
"""
from django.db import migrations

from outlets.scoping import OFFICER_GROUP

WITHDRAWN = [("partner", "view_partner"), ("catalogue", "view_product")]


def withdraw(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=OFFICER_GROUP).first()
    if group is None:
        return
    for app_label, codename in WITHDRAWN:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [("backoffice", "0002_producer_invitation")]

    operations = [migrations.RunPython(withdraw, migrations.RunPython.noop)]
