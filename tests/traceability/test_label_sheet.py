"""The A4 PDF label sheet: rendered to pixels and decoded with zxing-cpp.

pypdfium2 (PDFium from PyPI) rasterises the PDF, so the test sees the page a
printer would print: every QR must decode to the exact URL of its code and
be at least 2 cm across.
"""
import math

import pytest
import zxingcpp
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from traceability import labels, printing
from traceability.models import SerialCode
from traceability.serials import generate_serials

from .builders import batch, traced_product

pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 renders the PDF (test extra)")
pytestmark = pytest.mark.django_db
DPI = 300
BASE = "https://ocop.example.vn"


def render(pdf: bytes):
    """[(page text, [zxing results])] for each page."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        image = page.render(scale=DPI / 72).to_pil()
        text = page.get_textpage().get_text_range()
        pages.append((text, zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)))
    return pages


def width_mm(result) -> float:
    p = result.position
    return math.dist((p.top_left.x, p.top_left.y), (p.top_right.x, p.top_right.y)) * 25.4 / DPI


def test_serial_sheet_decodes_to_each_exact_url_with_vietnamese_text():
    lot = batch(traced_product("Chè shan tuyết Thượng Hải"), "L/2025")
    created = generate_serials(lot, 17)  # 15 a page: two pages
    pdf = printing.sheet_for(lot, BASE)
    assert pdf.startswith(b"%PDF")
    pages = render(pdf)
    assert len(pages) == 2
    found = [result.text for _text, results in pages for result in results]
    expected = [f"{BASE}/01/{lot.product.upc}/10/L%2F2025/21/{s.serial}" for s in created]
    assert sorted(found) == sorted(expected)
    assert all(width_mm(r) >= 20 for _t, results in pages for r in results)
    text = pages[0][0]
    certificate = lot.product.certificate
    for words in ["Chè shan tuyết", "4★ OCOP", certificate.number, created[0].serial]:
        assert words in text.replace("\r\n", " ").replace("\n", " ") or words in text, words


def test_lot_code_repeated_and_short_code_without_gtin():
    lot = batch(traced_product(gtin=False), "L2")
    sheet = printing.sheet_for(lot, BASE + "/", copies=4)
    (text, results), = render(sheet)
    assert len(results) == 4 and len({r.text for r in results}) == 1
    assert results[0].text.startswith(f"{BASE}/t/")
    # the same short code again next time (made once per lot)
    (_, again), = render(printing.sheet_for(lot, BASE, copies=1))
    assert again[0].text == results[0].text


def test_ascii_fallback_without_a_unicode_font(monkeypatch, settings):
    monkeypatch.setattr(labels, "FONT_CANDIDATES", ())
    monkeypatch.setattr(labels, "_FONT_NAME", "NoSuchFontRegistered")
    settings.OCOP_LABEL_FONT = ""
    sheet = labels.label_sheet(
        [labels.Label(BASE + "/t/abc", "Chè Đồng Hỷ", 5, "12/QĐ-UBND", "/t/abc")]
    )
    (text, results), = render(sheet)
    assert "Che Dong Hy" in text and "5* OCOP" in text
    assert results[0].text == BASE + "/t/abc"


def test_staff_url_serves_the_pdf_to_staff_only(client):
    lot = batch(traced_product(), "L3")
    url = f"/traceability/batches/{lot.pk}/labels.pdf"
    assert client.get(url + "?copies=2").status_code == 302  # to the admin login
    staff = get_user_model().objects.create_user(
        "op", "op@example.vn", "pw", is_staff=True
    )
    client.force_login(staff)
    assert client.get(url).status_code == 400  # no serials yet, no copies
    assert client.get(url + "?copies=x").status_code == 400
    response = client.get(url + "?copies=3")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    (_, results), = render(response.content)
    assert [r.text for r in results] == [f"http://testserver/01/{lot.product.upc}/10/L3"] * 3


def test_no_labels_for_a_product_that_lost_its_certificate(client):
    lot = batch(traced_product(), "L4")
    lot.product.certificates.get().change_status("revoked", "Vi phạm")
    with pytest.raises(printing.CannotPrint, match="không còn được chứng nhận"):
        printing.sheet_for(lot, BASE, copies=1)


def test_generate_serials_writes_the_pdf(tmp_path):
    lot = batch(traced_product(), "L5")
    out = tmp_path / "tem.pdf"
    call_command("generate_serials", lot.pk, 5, pdf=str(out), csv=str(tmp_path / "s.csv"),
                 base_url=BASE)
    (_, results), = render(out.read_bytes())
    serials = SerialCode.objects.filter(batch=lot).values_list("serial", flat=True)
    assert sorted(r.text for r in results) == sorted(
        f"{BASE}/01/{lot.product.upc}/10/L5/21/{s}" for s in serials
    )


def test_generate_serials_pdf_refused_changes_nothing(tmp_path):
    lot = batch(traced_product(), "L6")
    with pytest.raises(CommandError, match="Không ghi được"):
        call_command("generate_serials", lot.pk, 5, pdf=str(tmp_path / "no/dir/tem.pdf"))
    lot.product.certificates.get().change_status("suspended", "Kiểm tra")
    with pytest.raises(CommandError, match="không in tem"):
        call_command("generate_serials", lot.pk, 5, pdf=str(tmp_path / "tem.pdf"))
    assert not SerialCode.objects.exists()
