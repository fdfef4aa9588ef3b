"""Back-office users and form helpers for the outlets tests."""
import datetime as dt
from decimal import Decimal

from django.contrib.auth.models import User

from backoffice import roles


def make_officer(province_code, username=None):
    """An officer of ``province_code``, given the role the way the project does
    (not staff: officers work in the dashboard)."""
    user = User.objects.create_user(username or f"canbo-{province_code}", password="x")
    return roles.make_officer(user, province_code)


def make_staff_officer(province_code, username=None):
    """An officer wrongly made staff: the Django admin must still scope it."""
    user = make_officer(province_code, username)
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    return user


def _plain(value):
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, (dt.date, dt.time, Decimal, int, float)):
        return str(value)
    return value


def _put(data, form):
    for name in form.fields:
        value = _plain(form[name].value())
        if value is not None:
            data[form.add_prefix(name)] = value


def admin_form_data(response):
    """The POST data of an admin add/change page as it was shown (all inlines)."""
    data = {}
    _put(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        _put(data, inline.formset.management_form)
        for form in inline.formset.forms:
            _put(data, form)
    return data


def dashboard_form_data(response):
    """The POST data of the dashboard outlet form as it was shown (all formsets),
    without the empty extra rows."""
    data = {}
    _put(data, response.context["form"])
    for formset in response.context["formsets"].values():
        _put(data, formset.management_form)
        data[formset.management_form.add_prefix("TOTAL_FORMS")] = str(
            formset.initial_form_count())
        for form in formset.initial_forms:
            _put(data, form)
    return data
