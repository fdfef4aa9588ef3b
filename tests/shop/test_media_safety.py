"""Uploaded files are served as data: never as an HTML page on our origin."""
import pytest

# Every request passes the basket and session middleware.
pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings):
    root = settings.MEDIA_ROOT
    (root / "uploads").mkdir(parents=True, exist_ok=True)

    def put(name, content):
        (root / "uploads" / name).write_bytes(content)
        return f"/media/uploads/{name}"

    return put


@pytest.mark.parametrize(
    "name, content",
    [
        ("evil.html", b"<html><script>alert(document.cookie)</script></html>"),
        ("evil.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("evil.png.htm", b"<script>alert(1)</script>"),
        ("notes.txt", b"<script>alert(1)</script>"),
    ],
)
def test_a_page_in_media_is_a_download(client, media, name, content):
    response = client.get(media(name, content))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == "attachment"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_images_are_shown_inline(client, media):
    response = client.get(media("photo.JPG", b"\xff\xd8\xff\xe0 not really a jpeg"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_missing_file_is_404(client):
    assert client.get("/media/uploads/nothing-here.html").status_code == 404
