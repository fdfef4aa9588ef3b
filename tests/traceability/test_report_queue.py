"""Consumer reports in the dashboard: the producer reads, operators work the
queue, and a new report e-mails both."""
import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from tests.people import client_for
from traceability.models import ConsumerReport

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def detail(report):
    return reverse("dashboard:trace-report-detail", kwargs={"pk": report.pk})


def status_url(report):
    return reverse("dashboard:trace-report-update", kwargs={"pk": report.pk})


def test_new_report_emails_operators_and_the_producer_only(world, client):
    mail.outbox.clear()
    lot = world.a.batch
    response = client.post("/traceability/report/", {
        "code": f"/01/{lot.product.upc}/10/{lot.lot}", "kind": "expired",
        "message": "Hết hạn từ tháng trước",
    })
    assert response.status_code == 303
    report = ConsumerReport.objects.latest("pk")
    recipients = {tuple(message.to) for message in mail.outbox}
    assert recipients == {("vanhanh@example.vn",), ("nhanvien-a@example.vn",)}
    body = mail.outbox[0].body
    assert "Hết hạn từ tháng trước" in body and detail(report) in body
    assert "Chè A" in mail.outbox[0].subject


def test_producer_reads_reports_about_its_products_without_a_form(world):
    client = client_for(world.staff_a)
    listing = client.get(reverse("dashboard:trace-report-list")).content.decode()
    assert "Chè A" in listing and "Chè B" not in listing
    page = client.get(detail(world.a.report))
    assert "Tem lạ A" in page.content.decode() and "form" not in page.context


def test_operator_moves_a_report_along_with_a_note(world):
    client = client_for(world.operator)
    report = world.b.report
    page = client.get(detail(report)).content.decode()
    assert status_url(report) in page
    response = client.post(status_url(report), {"status": "reviewing", "note": "Đã gọi HTX"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.note, report.handled_by) == (
        "reviewing", "Đã gọi HTX", world.operator)
    client.post(status_url(report), {"status": "resolved", "note": "Tem thật, lô cũ"})
    report.refresh_from_db()
    assert report.status == "resolved"
    # The producer reads the outcome.
    seen = client_for(world.staff_b).get(detail(report)).content.decode()
    assert "Tem thật, lô cũ" in seen and "Đã xử lý" in seen


def test_operator_cannot_skip_the_workflow_with_a_forged_status(world):
    client = client_for(world.operator)
    report = world.a.report
    report.status = ConsumerReport.Status.RESOLVED
    report.save()
    response = client.post(status_url(report), {"status": "dismissed", "note": "x"})
    assert response.status_code == 200 and response.context["form"].errors
    report.refresh_from_db()
    assert report.status == "resolved" and report.note == ""


def test_queue_filters_by_status(world):
    world.b.report.status = ConsumerReport.Status.DISMISSED
    world.b.report.save()
    html = client_for(world.operator).get(
        reverse("dashboard:trace-report-list") + "?status=new"
    ).content.decode()
    assert "Chè A" in html and "Chè B" not in html
