"""The import page: the office uploads a ledger and reads the report; other roles are refused."""

import pytest

from huishang.cases.models import Matter
from tests import factories as f
from tests.ledgers.sheets import in_days, sheet
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def enterprise():
    f.category("other", "其他")
    return f.enterprise("内江测试机械有限公司")


def test_the_office_imports_a_good_sheet_on_the_web(enterprise):
    unit = f.unit("内江市经济和信息化局")
    response = signed_in(f.office()).post("/ledgers/import/", {"file": sheet([
        [1, enterprise.name, "厂区道路照明不足", unit.name, in_days(30)]])})
    assert response.status_code == 200
    assert Matter.objects.count() == 1


def test_a_bad_sheet_on_the_web_shows_each_bad_row_and_imports_nothing(enterprise):
    response = signed_in(f.office()).post("/ledgers/import/", {"file": sheet([
        [1, enterprise.name, "甲", None, None],
        [2, enterprise.name, "", None, None]])})
    assert response.status_code == 422
    assert "问题描述" in text_of(response) and not Matter.objects.exists()


def test_the_partial_box_imports_the_good_rows_on_the_web(enterprise):
    signed_in(f.office()).post("/ledgers/import/", {"partial": "on", "file": sheet([
        [1, enterprise.name, "甲", None, None],
        [2, enterprise.name, "", None, None]])})
    assert list(Matter.objects.values_list("description", flat=True)) == ["甲"]


def test_only_the_office_and_administrators_reach_the_import_page():
    assert signed_in(f.admin()).get("/ledgers/import/").status_code == 200
    for other in (f.supervisor(), f.enterprise_contact(), f.unit_handler()):
        assert signed_in(other).get("/ledgers/import/").status_code == 403
