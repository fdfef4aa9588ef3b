"""Uploads and URLs shared by the certificate back-office tests."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pdf_upload(name="giay-chung-nhan.pdf", data=PDF):
    return SimpleUploadedFile(name, data, content_type="application/pdf")


def png_upload(name="giay-chung-nhan.png"):
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def url(name, *args):
    return reverse(f"dashboard:certificates-{name}", args=args)


@pytest.fixture
def media(settings, tmp_path):
    """A private MEDIA_ROOT, so a test can see exactly which files were written."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
