"""Inspections: overdue follow-ups are computed in Asia/Ho_Chi_Minh and shown."""
import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from outlets.models import Inspection
from outlets.models.inspection import today_in_vietnam
from tests.outlets.builders import HUE_STATION, make_outlet

pytestmark = pytest.mark.django_db


def inspect(outlet, deadline_days, done=False, result="needs_fix"):
    today = today_in_vietnam()
    return Inspection.objects.create(
        outlet=outlet, date=today - dt.timedelta(days=30), inspector="Sở Công Thương",
        result=result, findings="Thiếu niêm yết giá",
        follow_up_deadline=today + dt.timedelta(days=deadline_days),
        follow_up_done_on=today if done else None,
    )


def test_overdue_is_past_deadline_and_not_done():
    outlet = make_outlet()
    late = inspect(outlet, -1)
    inspect(outlet, 0)  # due today: not yet overdue
    inspect(outlet, -5, done=True)
    assert list(Inspection.objects.overdue()) == [late]
    assert late.is_overdue


def test_overdue_uses_vietnam_date(settings):
    outlet = make_outlet()
    late = inspect(outlet, -1)
    # The day in Việt Nam decides, whatever the server's zone.
    settings.TIME_ZONE = "UTC"
    assert list(Inspection.objects.overdue()) == [late]


def test_result_needing_a_fix_needs_a_deadline():
    inspection = Inspection(outlet=make_outlet(), date=dt.date(2025, 9, 1), inspector="A",
                            result="needs_fix")
    with pytest.raises(ValidationError) as error:
        inspection.full_clean()
    assert "follow_up_deadline" in error.value.message_dict


def test_admin_filter_and_outlet_count_show_overdue(admin_client):
    hue = make_outlet(HUE_STATION)
    late = inspect(hue, -3)
    inspect(hue, 10)
    listed = admin_client.get("/django-admin/outlets/inspection/?overdue=yes").context["cl"]
    assert list(listed.result_list) == [late]
    page = admin_client.get(f"/django-admin/outlets/outlet/{hue.pk}/change/")
    assert page.context["original"].overdue_count == 1
    assert "Khắc phục quá hạn" in page.content.decode()
    changelist = admin_client.get("/django-admin/outlets/outlet/").context["cl"]
    assert changelist.result_list[0].overdue_count == 1
