"""Which province a back-office user may manage: one rule for every view.

A provincial officer (a ``ProvincialOfficer`` record, or membership of the
officers' group) manages one province; superusers and operators (staff
who are not officers) manage all. An officer whose record is missing
manages nothing rather than everything. Officers may *read* other
provinces' records (the issue: "can read others'"); only changes are scoped.
"""
from django.db.models import Q

OFFICER_GROUP = "Cán bộ Sở Công Thương"
ALL = None  # "every province"
NONE = ""  # an officer without a province: nothing


def managed_province(user):
    """``None`` for every province, else the one province code ("" = none).

    Cached on the user object for the request.
    """
    if not getattr(user, "is_authenticated", False):
        return NONE
    if user.is_superuser:
        return ALL
    if not hasattr(user, "_ocop_province"):
        from .models import ProvincialOfficer

        officer = ProvincialOfficer.objects.filter(user=user).first()
        if officer is not None:
            user._ocop_province = officer.province_code
        elif user.groups.filter(name=OFFICER_GROUP).exists():
            user._ocop_province = NONE
        else:
            user._ocop_province = ALL
    return user._ocop_province


def is_scoped(user) -> bool:
    return managed_province(user) is not ALL


def scope(queryset, user, field="province_code"):
    """``queryset`` restricted to what ``user`` manages (``field`` = province)."""
    province = managed_province(user)
    if province is ALL:
        return queryset
    if province == NONE:
        return queryset.none()
    return queryset.filter(Q(**{field: province}))


def readable(queryset, user):
    """What ``user`` may read: everything, unless it is an officer without a province."""
    return queryset.none() if managed_province(user) == NONE else queryset


def may_manage(user, province_code) -> bool:
    province = managed_province(user)
    return province is ALL or (province != NONE and province == province_code)
