"""Who may read which certificates and submissions in the back office.

- operators (staff): everything;
- provincial officers: certificates of producers in their province, read
  only. Their province is kept by ``outlets.ProvincialOfficer``, but
  ``catalog`` may not import ``outlets``; the record is reached through its
  reverse one-to-one accessor on the user (``user.provincial_officer``), by
  name, the way Django exposes it to any app. An officer without a record
  (or any other user) falls through to the producer rule, which then
  matches nothing;
- producer staff: their own producers' records (``Partner.users``).
"""
from django.core.exceptions import ObjectDoesNotExist

#: The reverse accessor of ``outlets.ProvincialOfficer.user``.
OFFICER_ACCESSOR = "provincial_officer"


def officer_province(user):
    """The officer's province code, or ``None`` if the user is no officer."""
    try:
        officer = getattr(user, OFFICER_ACCESSOR)
    except (AttributeError, ObjectDoesNotExist):
        return None
    return officer.province_code if officer is not None else None


def readable(queryset, user, producer="product__producer"):
    """``queryset`` (certificates or submissions) limited to what ``user`` reads."""
    if user.is_staff:
        return queryset
    province = officer_province(user)
    if province:
        return queryset.filter(**{f"{producer}__province_code": province})
    return queryset.filter(**{f"{producer}__users": user}).distinct()


def own_products(queryset, user):
    """Products a user may submit a certificate for (operators: any)."""
    if user.is_staff:
        return queryset
    return queryset.filter(producer__users=user).distinct()
