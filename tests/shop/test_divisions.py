"""Provinces and communes as people write them, current and pre-2025."""
import pytest

from shop import divisions


@pytest.mark.parametrize(
    "text, code",
    [
        ("Thanh Hóa", "38"),
        ("Tỉnh Thanh Hóa", "38"),
        ("thanh hoa", "38"),
        ("38", "38"),
        ("Quảng Bình", "44"),  # merged into Quảng Trị in 2025
        ("Thừa Thiên Huế", "46"),
        ("Thừa Thiên - Huế", "46"),
        ("Bà Rịa – Vũng Tàu", "79"),
        ("Bà Rịa-Vũng Tàu", "79"),
        ("TP.Hồ Chí Minh", "79"),
        ("Thành phố Hà Nội", "01"),
    ],
)
def test_province_forms(text, code):
    assert divisions.province_code(divisions.find_province(text)) == code


def test_unknown_province_is_none():
    assert divisions.find_province("Hà Tây cũ") is None


@pytest.mark.parametrize("text", ["Phường Hoàn Kiếm", "hoan kiem", "P. Hoàn Kiếm", "00070"])
def test_commune_forms(text):
    assert divisions.ward_code(divisions.find_commune(text, "01")) == "00070"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "province, commune, field",
    [("99", "", "province_code"), ("38", "00070", "commune_code")],
)
def test_producer_refuses_codes_off_the_official_list(province, commune, field):
    from django.core.exceptions import ValidationError
    from oscar.core.loading import get_model

    Partner = get_model("partner", "Partner")
    producer = Partner(name="HTX Thử", province_code=province, commune_code=commune)
    with pytest.raises(ValidationError) as excinfo:
        producer.full_clean()
    assert field in excinfo.value.message_dict


@pytest.mark.django_db
def test_producer_with_official_codes_is_valid():
    from oscar.core.loading import get_model

    Partner = get_model("partner", "Partner")
    Partner(name="HTX Thử", code="htx-thu", province_code="01", commune_code="00070").full_clean()
