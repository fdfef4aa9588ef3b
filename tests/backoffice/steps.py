"""Steps of producer onboarding as the people involved take them (pages only)."""
import io
import re

from django.core import mail
from django.urls import reverse
from PIL import Image

from tests.people import client_for

LINK = re.compile(r"https?://\S+/dashboard/producer/join/[^/\s]+/")
PASSWORD = "Ca-phe-Son-La-2025"
THANH_HOA_WARD = "16093"  # Xã Nga Sơn, Thanh Hóa ("38")


def profile_data(**changes):
    data = {
        "producer_type": "htx", "tax_code": "0100109106", "province_code": "38",
        "commune_code": THANH_HOA_WARD, "street_address": "Thôn Đông", "phone": "0912 345 678",
        "email": "lienhe@htx.vn", "website": "https://htx.vn", "description": "Nem chua",
    }
    data.update(changes)
    return data


def invite(operator, **fields):
    """The operator fills the invitation form; returns the response."""
    return client_for(operator).post(reverse("dashboard:producer-invitation-create"), fields)


def last_link():
    """The link in the newest email (an absolute URL) and its path."""
    link = LINK.search(mail.outbox[-1].body).group(0)
    return link, link.split("testserver", 1)[1]


def png(size=(40, 30)):
    data = io.BytesIO()
    Image.new("RGB", size, "green").save(data, format="PNG")
    data.seek(0)
    data.name = "logo.png"
    return data
