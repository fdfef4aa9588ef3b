"""Back-office users and admin form helpers for the outlets tests."""
import datetime as dt
from decimal import Decimal

from django.contrib.auth.models import Group, User

from outlets.models import ProvincialOfficer
from outlets.scoping import OFFICER_GROUP


def make_officer(province_code, username=None):
    """A staff user in the officers' group, assigned to ``province_code``."""
    user = User.objects.create_user(
        username or f"canbo-{province_code}", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=OFFICER_GROUP))
    ProvincialOfficer.objects.create(user=user, province_code=province_code)
    return user


def _plain(value):
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, (dt.date, dt.time, Decimal, int, float)):
        return str(value)
    return value


def admin_form_data(response):
    """The POST data of an admin add/change page as it was shown (all inlines)."""
    data = {}

    def put(form):
        for name in form.fields:
            value = _plain(form[name].value())
            if value is not None:
                data[form.add_prefix(name)] = value

    put(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        put(formset.management_form)
        for form in formset.forms:
            put(form)
    return data
