"""Officers add outlet photos in the dashboard; they are cleaned, then shown."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from outlets.models import OutletPhoto
from tests.outlets.builders import HUE_STATION, make_outlet
from tests.outlets.officers import dashboard_form_data, make_officer

pytestmark = pytest.mark.django_db
BASE = "/dashboard/outlets/"


def png_with_exif(size=(2400, 1200)) -> bytes:
    image = Image.new("RGB", size, "#6b3e26")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make: personal metadata that must not survive
    out = io.BytesIO()
    image.save(out, format="PNG", exif=exif)
    return out.getvalue()


@pytest.fixture
def officer(client):
    client.force_login(make_officer("46"))
    return client


def post_photo(client, outlet, content, name):
    url = f"{BASE}{outlet.pk}/edit/"
    data = dashboard_form_data(client.get(url))
    data.update({
        "photos-TOTAL_FORMS": "1",
        "photos-0-caption": "Quầy hàng OCOP",
        "photos-0-display_order": "0",
        "photos-0-image": SimpleUploadedFile(name, content),
    })
    return client.post(url, data)


def test_photo_is_reencoded_without_exif_and_shown_on_the_outlet_page(officer):
    outlet = make_outlet(HUE_STATION)
    response = post_photo(officer, outlet, png_with_exif(), "quay.png")
    assert response.status_code == 302

    photo = OutletPhoto.objects.get()
    with Image.open(photo.image.path) as stored:
        assert stored.format == "JPEG"
        assert max(stored.size) == 1600
        assert not stored.getexif()
    html = officer.get(outlet.get_absolute_url()).content.decode()
    assert photo.image.url in html and "Quầy hàng OCOP" in html


def gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), "red").save(out, format="GIF")
    return out.getvalue()


@pytest.mark.parametrize(
    "content, name, message",
    [
        # Django's ImageField refuses what Pillow cannot open at all…
        (b"%PDF-1.4 not a photo", "anh.jpg", "Hãy tải lên một hình ảnh hợp lệ"),
        # …and shop.images refuses real images of other formats.
        (gif(), "anh.gif", "không phải ảnh JPEG, PNG hoặc WebP"),
    ],
)
def test_a_file_that_is_not_a_photo_is_refused_and_nothing_saved(
        officer, content, name, message):
    outlet = make_outlet(HUE_STATION)
    response = post_photo(officer, outlet, content, name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not OutletPhoto.objects.exists()
