"""The role of provincial officers (cán bộ Sở Công Thương) as an auth Group.

The group grants the outlets permissions; which province an officer may
touch comes from its ``ProvincialOfficer`` record (``outlets.scoping``).
It is (re)made after every migrate, when Django has created the
permissions, so a new model's permissions reach the group without a data
migration, and a flushed test database gets it back.
"""
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from .scoping import OFFICER_GROUP

PERMISSIONS = {
    "outlets": {
        "outlet": ("add", "change", "view"),
        "outletstatuschange": ("view",),
        "openingperiod": ("add", "change", "delete", "view"),
        "openingexception": ("add", "change", "delete", "view"),
        "outletproduct": ("add", "change", "delete", "view"),
        "outletphoto": ("add", "change", "delete", "view"),
        "inspection": ("add", "change", "delete", "view"),
        "coveragetarget": ("add", "change", "view"),
    },
    # The assortment's product picker (autocomplete) needs to read products.
    "catalogue": {"product": ("view",)},
}


def ensure_officer_group():
    group, _ = Group.objects.get_or_create(name=OFFICER_GROUP)
    wanted = Q(pk__in=[])
    for app_label, models in PERMISSIONS.items():
        for model, actions in models.items():
            wanted |= Q(
                content_type__app_label=app_label,
                codename__in=[f"{action}_{model}" for action in actions],
            )
    group.permissions.add(*Permission.objects.filter(wanted))
    return group
