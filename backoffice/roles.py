"""The four back-office roles, as auth groups with their permissions.

- Producer staff (nhân viên chủ thể OCOP): not staff; belongs to one
  producer through Oscar's ``Partner.users``. ``partner.dashboard_access``
  opens the dashboard; every producer view filters by that membership.
- Provincial officer (cán bộ Sở Công Thương): not staff; one province, kept
  in ``outlets.ProvincialOfficer`` and enforced by ``outlets.scoping``.
- Operator (vận hành sàn): staff, all provinces.
- Editor (biên tập viên): Wagtail admin only; not staff, so no Oscar
  dashboard and no Django admin.

The groups are created by a data migration (``0001_roles``) and their
permissions brought up to date after every migrate, so a permission added
by a later model reaches its role without another migration.
"""
from django.apps import apps as global_apps
from django.db.models import Q

from outlets.scoping import OFFICER_GROUP

PRODUCER_GROUP = "Chủ thể OCOP"
OPERATOR_GROUP = "Vận hành sàn"
EDITOR_GROUP = "Biên tập viên"

#: Officers manage outlets; they read producers and certificates.
_OFFICER_OUTLETS = {
    "outlet": ("add", "change", "view"),
    "outletstatuschange": ("view",),
    "openingperiod": ("add", "change", "delete", "view"),
    "openingexception": ("add", "change", "delete", "view"),
    "outletproduct": ("add", "change", "delete", "view"),
    "outletphoto": ("add", "change", "delete", "view"),
    "inspection": ("add", "change", "delete", "view"),
    "coveragetarget": ("add", "change", "view"),
}

#: Group → permissions as "app_label.codename"; "app_label.*" = all of an app.
ROLES = {
    PRODUCER_GROUP: ["partner.dashboard_access"],
    OFFICER_GROUP: [
        f"outlets.{action}_{model}"
        for model, actions in _OFFICER_OUTLETS.items()
        for action in actions
    ]
    # Producers and certificates of its province are read through the
    # certificates section, which is scoped; Oscar's partner and product
    # pages are not scoped by province, so no partner/product permission.
    + ["catalogue.view_ocopcertificate"],
    OPERATOR_GROUP: [
        "catalogue.*",
        "partner.*",
        "order.*",
        "traceability.*",
        "outlets.*",
        "moderation.*",
        "backoffice.*",
        # Running the shop in Oscar's own sections: offers and ranges,
        # vouchers, pages, e-mail templates, shipping, reports, customers
        # (not deleting accounts, which Oscar also asks to delete an alert).
        "offer.*",
        "voucher.*",
        "flatpages.*",
        "communication.*",
        "shipping.*",
        "analytics.*",
        "auth.view_user",
        "auth.add_user",
        "auth.change_user",
    ],
    EDITOR_GROUP: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}

#: What editors may do on the page tree (Wagtail page permissions).
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
#: Wagtail checks images and documents per collection, too.
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


def _permission_filter(specs):
    wanted = Q(pk__in=[])
    for spec in specs:
        app_label, codename = spec.split(".", 1)
        if codename == "*":
            wanted |= Q(content_type__app_label=app_label)
        else:
            wanted |= Q(content_type__app_label=app_label, codename=codename)
    return wanted


def ensure_roles(apps=global_apps):
    """Create the groups and give them (at least) their permissions.

    Works with the real models and with a migration's historical ``apps``.
    Permissions are only added, never removed, so a deliberate grant made
    in the admin survives.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groups = {}
    for name, specs in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(_permission_filter(specs)))
        groups[name] = group
    _grant_page_tree(apps, groups[EDITOR_GROUP])
    return groups


def _grant_page_tree(apps, group):
    """Editors work on the whole page tree and the root collection."""
    try:
        Page = apps.get_model("wagtailcore", "Page")
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission
            )
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    collection = Collection.objects.filter(depth=1).first()
    if collection is None:
        return
    for app_label, codenames in EDITOR_COLLECTION_PERMISSIONS.items():
        for permission in Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )


# --- Giving a user a role ---------------------------------------------------
def _group(name):
    from django.contrib.auth.models import Group

    return Group.objects.get_or_create(name=name)[0]


def make_producer_staff(user, producer):
    """``user`` keeps ``producer``'s listings (and nobody else's)."""
    producer.users.add(user)
    user.groups.add(_group(PRODUCER_GROUP))
    return user


def make_officer(user, province_code):
    """``user`` manages the outlets of one province (Sở Công Thương)."""
    from outlets.models import ProvincialOfficer

    if user.is_staff:  # staff would open every Oscar dashboard section
        user.is_staff = False
        user.save(update_fields=["is_staff"])
    user.groups.add(_group(OFFICER_GROUP))
    ProvincialOfficer.objects.update_or_create(
        user=user, defaults={"province_code": province_code}
    )
    return user


def make_operator(user):
    """``user`` runs the platform: all provinces, all producers."""
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(_group(OPERATOR_GROUP))
    return user


def make_editor(user):
    """``user`` edits Wagtail content only."""
    user.groups.add(_group(EDITOR_GROUP))
    return user
