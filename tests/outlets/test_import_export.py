"""``import_outlets`` / ``export_outlets``: typed forms accepted, all or nothing,
idempotent, and an export imports back unchanged."""
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from outlets import openinghours
from outlets.models import OpeningException, OpeningPeriod, Outlet

pytestmark = pytest.mark.django_db
SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "outlets-sample.csv"
HEADER = ("name,type,operator,province,commune,address,latitude,longitude,phone,"
          "opening_hours,approval_no,approved_on,status\n")


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def write(tmp_path, body, name="outlets.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, periods", [
    ("Mo-Fr 07:00-21:00; Sa-Su 06:30-22:00", 7),
    ("Mo-Su 00:00-24:00", 7), ("24/7", 7), ("off", 0), ("Mo,We,Fr 08:00-12:00", 3),
    ("Fr 20:00-02:00", 2),
])
def test_opening_hours_syntax(text, periods):
    parsed = openinghours.parse(text)
    assert len(parsed) == periods
    assert openinghours.parse(openinghours.format(parsed) or "off") == parsed


def test_past_midnight_is_split_in_two_periods():
    assert openinghours.parse("Fr 20:00-02:00") == [
        (4, dt.time(20), dt.time(0)), (5, dt.time(0), dt.time(2))]


def test_sample_imports_with_typed_forms_and_reimports_unchanged():
    output = run("import_outlets", str(SAMPLE))
    assert "3 tạo mới, 0 cập nhật, 0 không đổi" in output
    hue = Outlet.objects.get(approval_no="15/QĐ-SCT")
    assert (hue.outlet_type, hue.province_code, hue.commune_code) == (
        "railway_station", "46", "19786")
    assert hue.opening_periods.count() == 7
    rest_stop = Outlet.objects.get(name__startswith="Điểm OCOP Trạm dừng")
    assert rest_stop.status == "suspended" and rest_stop.province_code == "48"
    assert rest_stop.status_changes.count() == 1
    assert "0 tạo mới, 0 cập nhật, 3 không đổi" in run("import_outlets", str(SAMPLE))


def test_a_changed_row_updates_the_matched_outlet(tmp_path):
    run("import_outlets", str(SAMPLE))
    text = SAMPLE.read_text(encoding="utf-8").replace("Mo-Su 06:00-22:00", "Mo-Su 05:30-22:00")
    path = tmp_path / "changed.csv"
    path.write_text(text.replace("Điểm OCOP Ga Huế", "Điểm OCOP Ga Huế (sảnh chính)"),
                    encoding="utf-8")
    assert "0 tạo mới, 1 cập nhật, 2 không đổi" in run("import_outlets", str(path))
    hue = Outlet.objects.get(approval_no="15/QĐ-SCT")
    assert hue.name == "Điểm OCOP Ga Huế (sảnh chính)"
    assert hue.opening_periods.first().opens == dt.time(5, 30)


def test_dry_run_writes_nothing():
    assert "3 tạo mới" in run("import_outlets", str(SAMPLE), "--dry-run")
    assert not Outlet.objects.exists() and not OpeningPeriod.objects.exists()


def test_bad_rows_are_all_listed_and_nothing_changes(tmp_path):
    path = write(tmp_path, (
        "Điểm A,nhà ga,,Huế,,,,,,Mo-Fr 07:00-21:00,,,\n"
        "Điểm B,tàu vũ trụ,,Huế,,,,,,,,,\n"
        "Điểm C,chợ,,Atlantis,,,,,,,,,\n"
        "Điểm D,chợ,,Huế,Phường Không Có,,16.4,,,Mo 7-21,,31/02/2024,\n"
        "Điểm E,chợ,,Huế,,,107.5,16.4,,,,,\n"
    ))
    with pytest.raises(CommandError) as refused:
        run("import_outlets", str(path))
    message = str(refused.value)
    for expected in ("Dòng 3, cột type", "Dòng 4, cột province", "Dòng 5, cột commune",
                     "Dòng 5, cột longitude", "Dòng 5, cột opening_hours",
                     "Dòng 5, cột approved_on", "Dòng 6, cột latitude", "đổi chỗ"):
        assert expected in message
    assert "không có gì thay đổi" in message
    assert not Outlet.objects.exists()


def test_missing_required_column_refuses_the_file(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("name,province\nA,Huế\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Thiếu cột bắt buộc: type"):
        run("import_outlets", str(path))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_changes_nothing(tmp_path, suffix):
    run("import_outlets", str(SAMPLE))
    night = Outlet.objects.get(approval_no="28/QĐ-SCT")
    night.opening_periods.all().delete()
    OpeningPeriod.objects.bulk_create(
        OpeningPeriod(outlet=night, weekday=d, opens=o, closes=c)
        for d, o, c in openinghours.parse("Mo-Th 08:00-22:00; Fr-Sa 08:00-02:00"))
    path = tmp_path / f"export{suffix}"
    assert "3 điểm bán" in run("export_outlets", str(path))
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        assert [c.value for c in sheet[1]][:3] == ["name", "type", "operator"]
    assert "0 tạo mới, 0 cập nhật, 3 không đổi" in run("import_outlets", str(path))


# --- Dated exceptions (Tết closures) in opening_hours ------------------------
TET = 'Mo-Su 07:00-21:00; 2027 Feb 05-2027 Feb 09 off "Tết Nguyên đán"; 2026 Sep 02 07:00-12:00'


def hours_row(hours, name="Điểm OCOP Ga Huế", approval="15/QĐ-SCT"):
    return f'{name},nhà ga,,Huế,,,,,,"{hours.replace(chr(34), chr(34) * 2)}",{approval},,\n'


def test_dated_rules_become_exceptions(tmp_path):
    run("import_outlets", str(write(tmp_path, hours_row(TET))))
    outlet = Outlet.objects.get()
    assert outlet.opening_periods.count() == 7
    closed = outlet.opening_exceptions.filter(closed=True)
    assert [e.date for e in closed] == [dt.date(2027, 2, d) for d in range(5, 10)]
    assert {e.reason for e in closed} == {"Tết Nguyên đán"}
    special = outlet.opening_exceptions.get(closed=False)
    assert (special.date, special.opens, special.closes) == (
        dt.date(2026, 9, 2), dt.time(7), dt.time(12))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exceptions_round_trip_through_export(tmp_path, suffix):
    run("import_outlets", str(write(tmp_path, hours_row(TET))))
    path = tmp_path / f"export{suffix}"
    run("export_outlets", str(path))
    if suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        assert '2026 Sep 02 07:00-12:00; 2027 Feb 05-2027 Feb 09 off ""Tết Nguyên đán""' in text
    assert "0 tạo mới, 0 cập nhật, 1 không đổi" in run("import_outlets", str(path))
    assert OpeningException.objects.count() == 6


def test_a_weekly_only_cell_keeps_the_back_office_exceptions(tmp_path):
    run("import_outlets", str(write(tmp_path, hours_row(TET))))
    output = run("import_outlets", str(write(tmp_path, hours_row("Mo-Su 06:00-22:00"))))
    assert "1 cập nhật" in output
    assert OpeningException.objects.count() == 6
    shorter = hours_row('Mo-Su 06:00-22:00; 2027 Feb 06 off "Mùng 1 Tết"')
    run("import_outlets", str(write(tmp_path, shorter)))
    assert list(OpeningException.objects.values_list("date", "reason")) == [
        (dt.date(2027, 2, 6), "Mùng 1 Tết")]


def test_bad_dated_rules_are_listed_per_row_and_nothing_imported(tmp_path):
    path = write(tmp_path, hours_row("Mo-Su 07:00-21:00; 2027 Feb 30 off")
                 + hours_row("PH off", name="Chợ Đông Ba", approval="16/QĐ-SCT")
                 + hours_row("Feb 05 off", name="Điểm C", approval="17/QĐ-SCT")
                 + hours_row(TET, name="Điểm tốt", approval="18/QĐ-SCT"))
    with pytest.raises(CommandError) as refused:
        run("import_outlets", str(path))
    message = str(refused.value)
    assert "Dòng 2, cột opening_hours" in message and "không có trên lịch" in message
    assert "Dòng 3, cột opening_hours" in message and "PH" in message
    assert "Dòng 4, cột opening_hours" in message and "thiếu năm" in message
    assert "Dòng 5" not in message
    assert not Outlet.objects.exists() and not OpeningException.objects.exists()
