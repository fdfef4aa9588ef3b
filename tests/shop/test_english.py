"""The English catalogue: our own strings in English at the /en/ addresses.

Our strings are written in Vietnamese; ``locale/en/LC_MESSAGES/django.po``
(compiled to ``django.mo``, refreshed by ``make messages``) puts them into
English. Without a choice the site stays Vietnamese.
"""
import datetime as dt
import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_producer, make_product

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES"


def english(url):
    """The English address of a page (Vietnamese ones have no prefix)."""
    return "/en" + url


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def expired_product(title):
    today = timezone.localdate()
    return make_product(
        title,
        issued_on=today - dt.timedelta(days=1100),
        valid_until=today - dt.timedelta(days=10),
    )


def expiry(product):
    return product.certificates.get().valid_until.strftime("%d/%m/%Y")


# --- Pages -------------------------------------------------------------------
@pytest.mark.django_db
def test_catalogue_in_english_when_chosen(client):
    make_product("Nem chua Thanh Hóa", stars=4)

    html = page(client, english(reverse("catalogue:index")))

    assert '<html lang="en"' in html
    assert "All OCOP products" in html  # the summary (title, heading, breadcrumb)
    assert '<span class="sr-only">4-star OCOP</span>' in html  # the badge, read aloud
    assert "Valid until " in html  # the card's validity line
    assert "OCOP producers" in html  # our navigation
    for vietnamese in ("Tất cả sản phẩm OCOP", "4 sao OCOP", "HL đến", "Chủ thể OCOP"):
        assert vietnamese not in html


@pytest.mark.django_db
def test_catalogue_in_vietnamese_by_default(client):
    make_product("Nem chua Thanh Hóa", stars=4)

    html = page(client, reverse("catalogue:index"))

    assert '<html lang="vi"' in html
    assert "Tất cả sản phẩm OCOP" in html
    assert '<span class="sr-only">4 sao OCOP</span>' in html
    assert "HL đến " in html
    for english in ("All OCOP products", "4-star OCOP", "Valid until"):
        assert english not in html


@pytest.mark.django_db
def test_expired_product_page_in_english_when_chosen(client):
    product = expired_product("Bánh đa hết hạn")

    html = page(client, english(product.get_absolute_url()))

    assert f"The OCOP certificate expired on {expiry(product)}." in html
    assert "Products without a valid certificate are not offered for sale." in html
    assert "Expired" in html  # the status chip in the badge
    assert "Giấy chứng nhận OCOP đã hết hạn" not in html
    assert "Đã hết hạn" not in html


@pytest.mark.django_db
def test_expired_product_page_in_vietnamese_by_default(client):
    product = expired_product("Bánh đa hết hạn")

    html = page(client, product.get_absolute_url())

    assert f"Giấy chứng nhận OCOP đã hết hạn ngày {expiry(product)}." in html
    assert "Đã hết hạn" in html
    assert "The OCOP certificate expired" not in html


@pytest.mark.django_db
def test_product_without_price_offers_contact_in_english(client):
    product = make_product("Chiếu cói Nga Sơn", price=None)

    html = page(client, english(product.get_absolute_url()))

    assert "Contact the producer" in html
    assert "Not sold online yet. Contact the OCOP producer to order:" in html
    assert "Provincial level" in html  # the certificate level, a model choice
    assert "Liên hệ" not in html


@pytest.mark.django_db
def test_producer_list_counts_in_english_plurals(client):
    one = make_producer("HTX Một sản phẩm")
    two = make_producer("HTX Hai sản phẩm", producer_type="hkd")
    make_product(producer=one)
    make_product(producer=two)
    make_product(producer=two)

    html = page(client, english(reverse("producers:index")))

    assert "2 producers have OCOP products on sale." in html
    assert "1 OCOP product<" in html
    assert "2 OCOP products<" in html
    assert "Registered household business" in html
    assert "Cooperative" in html


# --- The catalogue files ------------------------------------------------------
def read_catalogue():
    with open(CATALOGUE_DIR / "django.po", "rb") as po:
        return read_po(po)


def test_every_message_is_translated_and_none_is_fuzzy():
    catalogue = read_catalogue()
    messages = [m for m in catalogue if m.id]

    assert messages
    assert not catalogue.fuzzy
    assert [m.id for m in messages if m.fuzzy] == []
    untranslated = [
        m.id for m in messages
        if not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ]
    assert untranslated == []
    assert catalogue.plural_forms == "nplurals=2; plural=(n != 1);"


def test_compiled_catalogue_matches_the_po_file():
    """``django.mo`` is committed: it must be compiled from the current .po."""
    with open(CATALOGUE_DIR / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)

    for message in read_catalogue():
        if not message.id:
            continue
        if message.pluralizable:
            singular, plural = message.id
            assert compiled.ngettext(singular, plural, 1) == message.string[0]
            assert compiled.ngettext(singular, plural, 2) == message.string[1]
        else:
            assert compiled.gettext(message.id) == message.string
