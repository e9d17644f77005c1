"""The household ledger: import all-or-nothing with rows named, masked exports, who keeps and reads it."""

import datetime
import io

import openpyxl
import pytest

from huishang.core.errors import NotAllowed, ValidationError
from huishang.employment import ledger
from huishang.employment.ledger_excel import LedgerRefused, export_ledger, import_ledger
from huishang.employment.models import Household, Resident
from huishang.employment.permissions import visible_households
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db


def good_row(number="RD-0001", name="钟爱敏", id_number=None, status="求职中"):
    return [number, "南文营社区", "弘文花园6号楼", name, id_number or m.id_number(), "13800138000", status, "家门口就业",
            "家政服务", "保洁"]


def test_a_sheet_with_bad_rows_is_refused_naming_each_row_and_field_and_nothing_is_imported():
    station = m.station()
    staff = m.staff_of(station)
    upload = m.sheet(
        good_row("RD-0001", "钟爱敏"),
        good_row("RD-0001", "王建国", id_number="130629196905121234"),  # wrong check character
        good_row("RD-0002", "", ),
        good_row("RD-0003", "李秀英", status="退休返聘"),
    )
    with pytest.raises(LedgerRefused) as refused:
        import_ledger(by=staff, region=station.region, upload=upload)
    assert [(e["row"], e["field"]) for e in refused.value.errors] == [(3, "id_number"), (4, "name"), (5, "status")]
    assert "3" in str(refused.value.message) and "身份证号" in str(refused.value.message)
    assert not Household.objects.exists() and not Resident.objects.exists()


def test_a_clean_sheet_imports_households_with_their_members():
    station = m.station()
    upload = m.sheet(good_row("RD-0001", "钟爱敏"), good_row("RD-0001", "钟小明", status="已就业"),
                     good_row("RD-0002", "王建国", status="employed"))
    counts = import_ledger(by=m.staff_of(station), region=station.region, upload=upload)
    assert counts == {"households": 2, "members": 3}
    assert Household.objects.get(number="RD-0001").members.count() == 2


def test_the_same_id_number_twice_in_a_sheet_is_refused():
    station = m.station()
    same = m.id_number()
    with pytest.raises(LedgerRefused) as refused:
        import_ledger(by=m.staff_of(station), region=station.region,
                      upload=m.sheet(good_row(id_number=same), good_row(name="钟小明", id_number=same)))
    assert refused.value.errors == [{"row": 3, "field": "id_number", "message": refused.value.errors[0]["message"]}]


def test_a_sheet_without_the_ledger_columns_is_refused_naming_them():
    station = m.station()
    with pytest.raises(ValidationError) as refused:
        import_ledger(by=m.staff_of(station), region=station.region, upload=m.sheet(["x"], header=["姓名"]))
    assert refused.value.field == "file" and "身份证号" in str(refused.value.message)


def test_only_those_who_keep_the_ledger_of_the_area_may_import():
    station = m.station()
    elsewhere = f.office(scope=f.region("511000", "内江市"))
    with pytest.raises(NotAllowed):
        import_ledger(by=elsewhere, region=station.region, upload=m.sheet(good_row()))
    with pytest.raises(NotAllowed):
        import_ledger(by=f.enterprise_contact(), region=station.region, upload=m.sheet(good_row()))


def test_the_export_masks_id_numbers_and_phones():
    station = m.station()
    staff = m.staff_of(station)
    household = ledger.record_household(by=staff, number="RD-0009", region=station.region, community="南文营社区")
    full_id = m.id_number()
    ledger.add_member(by=staff, household=household, name="钟爱敏", id_number=full_id, phone="13812345678",
                      status="unemployed")
    sheet = openpyxl.load_workbook(io.BytesIO(export_ledger(visible_households(staff)))).active
    row = [cell.value for cell in sheet[2]]
    assert row[4] == full_id[:6] + "********" + full_id[-4:]
    assert row[5] == "138****5678"
    assert full_id not in str(list(sheet.values))


def test_station_staff_read_the_ledger_of_their_area_and_an_office_elsewhere_does_not():
    station = m.station()
    staff = m.staff_of(station)
    ledger.record_household(by=staff, number="RD-0010", region=station.region, community="南文营社区")
    assert visible_households(staff).count() == 1
    assert visible_households(f.office(scope=f.region("511000", "内江市"))).count() == 0
    assert visible_households(f.enterprise_contact()).count() == 0
    assert visible_households(f.admin()).count() == 1


def test_a_visit_is_kept_in_the_household_history_but_not_dated_in_the_future():
    station = m.station()
    staff = m.staff_of(station)
    household = ledger.record_household(by=staff, number="RD-0011", region=station.region, community="南文营社区")
    ledger.record_visit(by=staff, household=household, note="入户走访，了解就业意向。")
    with pytest.raises(ValidationError) as refused:
        ledger.record_visit(by=staff, household=household, note="x",
                            visited_on=datetime.date.today() + datetime.timedelta(days=2))
    assert refused.value.field == "visited_on"
    assert household.visits.count() == 1
    with pytest.raises(NotAllowed):
        ledger.record_visit(by=f.enterprise_contact(), household=household, note="x")
