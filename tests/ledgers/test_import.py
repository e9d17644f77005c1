"""Importing a ledger: every row checked, bad rows reported by Excel row and column, all or nothing."""

import io

import pytest
from django.core.management import CommandError, call_command

from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.core.errors import NotAllowed, ValidationError
from huishang.ledgers.services import import_matters
from tests import factories as f
from tests.ledgers.sheets import in_days, sheet

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    f.category("other", "其他")
    f.category("talent", "用工人才")
    enterprise = f.enterprise("内江测试机械有限公司")
    unit = f.unit("内江市经济和信息化局")
    unit.short_name = "市经信局"
    unit.save()
    return enterprise, unit


def test_good_rows_are_submitted_and_those_with_unit_and_deadline_assigned(directory):
    enterprise, unit = directory
    report = import_matters(sheet([
        [1, enterprise.name, "厂区道路照明不足，夜班通勤存在安全隐患", unit.name, in_days(30)],
        [2, enterprise.name, "用电成本上升。希望了解峰谷电价政策", None, None],
        [3, enterprise.name, "技工招聘难", "市经信局", in_days(60)],
    ]), by=f.office())
    assert not report.refused and report.errors == []
    assert (len(report.imported), report.assigned) == (3, 2)
    matters = {matter.description: matter for matter in Matter.objects.all()}
    lit = matters["厂区道路照明不足，夜班通勤存在安全隐患"]
    assert (lit.title, lit.state, lit.lead_unit, lit.enterprise) == ("厂区道路照明不足", State.ASSIGNED, unit, enterprise)
    assert matters["用电成本上升。希望了解峰谷电价政策"].state == State.SUBMITTED
    assert matters["用电成本上升。希望了解峰谷电价政策"].category.code == "other"
    assert list(lit.trail.values_list("action", flat=True)) == ["submit", "accept", "assign"]


def test_a_sheet_with_bad_rows_imports_nothing_and_names_each_row_and_column(directory):
    enterprise, unit = directory
    report = import_matters(sheet([
        [1, enterprise.name, "厂区道路照明不足", unit.name, in_days(30)],
        [2, enterprise.name, "用电成本上升", unit.name, "不是日期"],
        [3, enterprise.name, "", unit.name, in_days(30)],
        [4, "不存在的企业", "融资难", "不存在的局", "2020-01-01"],
    ]), by=f.office())
    assert report.refused and report.imported == []
    assert [(error.row, error.column) for error in report.errors] == [
        (3, "办理时限"), (4, "问题描述"), (5, "企业名称"), (5, "责任单位"), (5, "办理时限")]
    assert "不是日期" in report.errors[0].message
    assert not Matter.objects.exists()


def test_with_partial_only_the_good_rows_are_imported(directory):
    enterprise, unit = directory
    report = import_matters(sheet([
        [1, enterprise.name, "厂区道路照明不足", unit.name, in_days(30)],
        [2, enterprise.name, "", None, None],
        [3, enterprise.name, "技工招聘难", None, None],
    ]), by=f.office(), partial=True)
    assert not report.refused and report.skipped_rows == [3]
    assert sorted(Matter.objects.values_list("description", flat=True)) == ["厂区道路照明不足", "技工招聘难"]


def test_a_unit_without_a_deadline_and_a_deadline_without_a_unit_are_refused(directory):
    enterprise, unit = directory
    report = import_matters(sheet([
        [1, enterprise.name, "甲", unit.name, None],
        [2, enterprise.name, "乙", None, in_days(5)],
    ]), by=f.office())
    assert [(error.row, error.column) for error in report.errors] == [(2, "办理时限"), (3, "责任单位")]


def test_title_rows_above_the_header_are_skipped_and_rows_numbered_as_in_excel(directory):
    enterprise, _unit = directory
    report = import_matters(sheet([[1, enterprise.name, "", None, None]], title_rows=[["内江市企业问题台账"], []]),
                            by=f.office())
    assert [error.row for error in report.errors] == [4]


def test_an_enterprise_outside_the_importers_region_is_refused(directory):
    enterprise, _unit = directory
    office_elsewhere = f.office(f.region("500118", "永川区"))
    report = import_matters(sheet([[1, enterprise.name, "甲", None, None]]), by=office_elsewhere)
    assert report.refused and report.errors[0].column == "企业名称"


def test_a_sheet_without_the_required_columns_is_refused_naming_the_file(directory):
    with pytest.raises(ValidationError) as refusal:
        import_matters(sheet([[1, "x"]], header=["序号", "企业名称"]), by=f.office())
    assert refusal.value.field == "file" and "问题描述" in str(refusal.value.message)
    with pytest.raises(ValidationError):
        import_matters(io.BytesIO(b"not a workbook"), by=f.office())


@pytest.mark.parametrize("role_maker", [f.enterprise_contact, f.unit_handler, f.supervisor, f.leader])
def test_only_the_office_and_administrators_import(directory, role_maker):
    with pytest.raises(NotAllowed):
        import_matters(sheet([]), by=role_maker())


def test_the_command_refuses_a_bad_sheet_with_rows_named_and_a_non_zero_exit(directory, tmp_path, capsys):
    enterprise, unit = directory
    f.admin()
    path = tmp_path / "bad.xlsx"
    path.write_bytes(sheet([
        [1, enterprise.name, "厂区道路照明不足", unit.name, in_days(30)],
        [2, enterprise.name, "用电成本上升", unit.name, "不是日期"],
        [3, enterprise.name, "", unit.name, in_days(30)],
    ]).getvalue())
    with pytest.raises(CommandError) as refusal:
        call_command("import", "matters", str(path), "--quiet")
    assert "3、4" in str(refusal.value)
    errors = capsys.readouterr().err
    assert "3" in errors and "办理时限" in errors and "问题描述" in errors
    assert not Matter.objects.exists()


def test_the_command_with_partial_imports_good_rows_and_draws_a_progress_bar(directory, tmp_path, capsys):
    enterprise, unit = directory
    office = f.office()
    path = tmp_path / "mixed.xlsx"
    path.write_bytes(sheet([
        [1, enterprise.name, "厂区道路照明不足", unit.name, in_days(30)],
        [2, enterprise.name, "", unit.name, in_days(30)],
    ]).getvalue())
    call_command("import", "matters", str(path), "--partial", "--as", office.username)
    output = capsys.readouterr()
    assert "100%" in output.err and "1" in output.out
    assert Matter.objects.get().submitted_by == office


def test_the_command_refuses_an_unknown_importer(directory, tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(sheet([]).getvalue())
    with pytest.raises(CommandError):
        call_command("import", "matters", str(path), "--as", "nobody")
