"""A producer's whole way onto the site, through the pages each person uses.

Issue 8: an operator invites a producer by email; the producer opens the
link, sets its password, completes its profile, adds a product and submits
its certificate; the operator approves the listing and records the
certificate; the product is listed with its stars; when the clock reaches
60 days before the certificate ends, ``send_expiry_notices`` e-mails the
producer and its dashboard shows the banner.

Each piece has its own tests (tests/backoffice, tests/dashboard_catalogue,
tests/moderation, tests/certificates); this one checks that they join up:
the e-mailed link leads to the account, the account to the product form,
the product to the operators' queues, and their decisions to the catalogue.
Every step is a page request, as a person would make it; the steps reuse
the helpers of those tests (``steps``, ``pages``, the certificate uploads).
"""
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from tests.backoffice.steps import PASSWORD, THANH_HOA_WARD, invite, last_link, profile_data
from tests.certificates.conftest import pdf_upload
from tests.certificates.conftest import url as certificates_url
from tests.dashboard_catalogue.pages import create_url, edit_url, image_upload, new_product_data
from tests.journeys import story
from tests.people import client_for

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
CertificateSubmission = get_model("catalogue", "CertificateSubmission")
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

pytestmark = pytest.mark.django_db


def _html(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def _card(page, selector, text):
    """The element matching ``selector`` that contains ``text`` (one card of a list)."""
    found = [element for element in page.select(selector) if text in element.get_text()]
    assert len(found) == 1, f"{len(found)} × {selector} containing {text!r}"
    return found[0]


# --- The producer comes on board -------------------------------------------
def operator_invites_the_producer(operator_user):
    response = invite(operator_user, email=story.EMAIL, new_name=story.PRODUCER,
                      new_province=story.PROVINCE)
    assert response.status_code == 302
    assert mail.outbox[-1].to == [story.EMAIL]
    return Partner.objects.get(name=story.PRODUCER)


def producer_sets_its_password():
    """Opens the e-mailed link in a fresh browser; lands in the dashboard, logged in."""
    _, path = last_link()
    visitor = Client()
    assert story.PRODUCER in _html(visitor.get(path)).get_text()
    done = visitor.post(path, {"new_password1": PASSWORD, "new_password2": PASSWORD},
                        follow=True)
    assert done.redirect_chain[-1][0].startswith(reverse("dashboard:producer-profile"))
    assert story.PRODUCER in _html(done).get_text()
    return visitor


def producer_completes_its_profile(producer_client, producer):
    response = producer_client.post(reverse("dashboard:producer-profile"), profile_data())
    assert response.status_code == 302
    producer.refresh_from_db()
    assert (producer.tax_code, producer.commune_code) == (profile_data()["tax_code"],
                                                          THANH_HOA_WARD)


# --- A product, moderation and the certificate -------------------------------
def producer_adds_a_product(producer_client):
    data, prefixes = new_product_data(
        producer_client, title=story.PRODUCT, price=story.PRICE, stock=story.STOCK,
        description=story.DESCRIPTION,
    )
    data[f"{prefixes['image_formset']}-0-original"] = image_upload("nem-chua.jpg")
    response = producer_client.post(create_url(), data, follow=True)
    assert "chờ ban quản lý sàn duyệt" in _html(response).get_text()
    product = Product.objects.get(title=story.PRODUCT)
    assert product.images.count() == 1
    assert "Chờ duyệt" in _html(producer_client.get(edit_url(product))).get_text()
    return product


def on_catalogue(product):
    """Whether an anonymous shopper finds the product on /catalogue/."""
    return product.title in _html(Client().get("/catalogue/")).get_text()


def producer_submits_its_certificate(producer_client, product):
    form = _html(producer_client.get(certificates_url("submission-create")))
    assert form.find("option", value=str(product.pk)), "the product is not offered"
    response = producer_client.post(certificates_url("submission-create"), {
        "product": product.pk, "number": story.CERTIFICATE, "stars": story.STARS,
        "issued_on": story.issued_on().isoformat(), "document": pdf_upload(),
    }, follow=True)
    page = _html(response)
    assert "Chờ kiểm tra" in page.select_one("#submission-status").get_text()
    sender = page.find("th", string="Gửi bởi").find_next_sibling("td").get_text()
    assert story.EMAIL in sender  # who sent it, not the account's generated username


def operator_approves_the_listing(operator):
    queue = _html(operator.get(reverse("dashboard:moderation-review-list")))
    card = _card(queue, "div.card", story.PRODUCT)
    approve = card.find("form", action=lambda action: action and "/approve/" in action)
    assert operator.post(approve["action"]).status_code == 302


def operator_records_the_certificate(operator):
    """From the pending submissions, the pre-filled form of the submission."""
    listing = _html(operator.get(certificates_url("submission-list") + "?status=pending"))
    link = _card(listing, "tbody tr", story.CERTIFICATE).find("a")["href"]
    page = operator.get(link)
    detail = _html(page)
    assert "Chưa có giấy chứng nhận số này" in detail.select_one("#published-match").text
    record = detail.find("form", action=lambda action: action and action.endswith("/record/"))
    initial = page.context["record_form"].initial
    response = operator.post(record["action"], {
        "number": initial["number"], "stars": initial["stars"],
        "issued_on": initial["issued_on"].isoformat(),
        "score": story.SCORE, "level": "province", "issued_by": story.ISSUED_BY,
    })
    assert response.status_code == 302, page.context["record_form"].errors
    return CertificateSubmission.objects.get(number=story.CERTIFICATE).certificate


def shopper_sees_the_star_badge(certificate):
    card = _card(_html(Client().get("/catalogue/")), "article", story.PRODUCT)
    assert f"{story.STARS} sao OCOP" in card.get_text()
    assert certificate.number in card.get_text()


# --- Months later -------------------------------------------------------------
def clock_at(day):
    """The morning of ``day`` in Vietnam, when cron runs the command."""
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, 7, tzinfo=HANOI),
                               tick=False)


def cron_sends_expiry_notices():
    sent = len(mail.outbox)
    call_command("send_expiry_notices", stdout=io.StringIO())
    return mail.outbox[sent:]


def producer_logs_in_again(producer_client):
    """Its session ran out long ago: the dashboard asks for the e-mail and password."""
    response = producer_client.get(reverse("dashboard:index"))
    assert response.status_code == 302 and reverse("dashboard:login") in response["Location"]
    form = _html(producer_client.get(response["Location"]))
    assert form.find("input", attrs={"name": "username"}) is not None
    logged_in = producer_client.post(response["Location"],
                                     {"username": story.EMAIL, "password": PASSWORD})
    assert logged_in.status_code == 302 and logged_in["Location"] == reverse("dashboard:index")


def test_a_producer_from_invitation_to_expiry_notice(people):
    operator = client_for(people.operator)
    producer = operator_invites_the_producer(people.operator)
    producer_client = producer_sets_its_password()
    producer_completes_its_profile(producer_client, producer)

    product = producer_adds_a_product(producer_client)
    assert not on_catalogue(product)  # waits for moderation, holds no certificate
    producer_submits_its_certificate(producer_client, product)

    operator_approves_the_listing(operator)
    assert not on_catalogue(product)  # approved, but no certificate checked yet
    certificate = operator_records_the_certificate(operator)
    assert on_catalogue(product)
    shopper_sees_the_star_badge(certificate)
    assert cron_sends_expiry_notices() == []  # 36 months to go: nothing to tell yet

    with clock_at(certificate.valid_until - dt.timedelta(days=60)):
        notices = cron_sends_expiry_notices()
        assert len(notices) == 1
        notice = notices[0]
        assert sorted(notice.to) == sorted([profile_data()["email"], story.EMAIL])
        assert "còn 60 ngày" in notice.subject and story.CERTIFICATE in notice.subject
        assert story.PRODUCT in notice.body

        producer_logs_in_again(producer_client)
        banner = _html(producer_client.get(reverse("dashboard:index"))).select_one(
            "#certificate-banner")
        assert banner is not None, "no expiry banner on the producer's dashboard"
        assert story.CERTIFICATE in banner.get_text() and "còn 60 ngày" in banner.get_text()
