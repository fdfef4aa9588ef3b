"""The roles exist after migrate, with the permissions the README lists."""
import pytest
from django.contrib.auth.models import Group
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import GroupPagePermission

from backoffice import roles
from outlets.scoping import OFFICER_GROUP
from tests.people import client_for

pytestmark = pytest.mark.django_db


def codenames(group_name):
    group = Group.objects.get(name=group_name)
    return {
        f"{app}.{code}"
        for app, code in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_the_four_roles_exist_with_their_permissions():
    assert "partner.dashboard_access" in codenames(roles.PRODUCER_GROUP)
    assert "outlets.change_outlet" in codenames(OFFICER_GROUP)
    assert "outlets.delete_outlet" not in codenames(OFFICER_GROUP)
    operator = codenames(roles.OPERATOR_GROUP)
    assert {"catalogue.change_ocopcertificate", "outlets.change_outlet"} <= operator
    editor = codenames(roles.EDITOR_GROUP)
    assert "wagtailadmin.access_admin" in editor
    assert not any(p.startswith(("catalogue.", "partner.")) for p in editor)
    assert GroupPagePermission.objects.filter(
        group__name=roles.EDITOR_GROUP, permission__codename="publish_page"
    ).exists()


def test_a_flushed_database_gets_its_roles_back():
    Group.objects.all().delete()
    # What `flush` and every `migrate` end with.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert set(roles.ROLES) <= set(Group.objects.values_list("name", flat=True))


def test_the_dashboard_opens_for_back_office_roles_only(people):
    for who in ("staff_a", "officer_x", "operator"):
        response = client_for(getattr(people, who)).get("/dashboard/")
        assert response.status_code == 200, who
    assert client_for(people.consumer).get("/dashboard/").status_code == 403
    anonymous = client_for(None).get("/dashboard/")
    assert anonymous.status_code == 302 and "login/" in anonymous["Location"]


def test_editors_reach_wagtail_but_not_the_shop_back_office(django_user_model):
    editor = roles.make_editor(django_user_model.objects.create_user("bientap"))
    client = client_for(editor)
    assert client.get("/cms-admin/").status_code == 200
    assert client.get("/dashboard/").status_code in (302, 403)
    assert client.get("/django-admin/").status_code == 302
