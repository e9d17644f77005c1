"""The subsidy ledger's sheet, as the offices lay it out: title, unit, subtotals per kind, total, ID numbers masked."""

import datetime
import io

import openpyxl
import pytest

from huishang.core import clock
from huishang.employment import subsidies
from huishang.employment.models import Subsidy, SubsidyKind
from huishang.employment.subsidy_excel import HEADERS, export_subsidies
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db
day = m.day


def test_the_sheet_has_a_title_the_unit_each_kinds_subtotal_the_total_and_masked_id_numbers():
    office = f.office()
    base = m.base(office=office)
    intern = m.intern(base, by=office, name="李思雨", serial=123)
    with clock.frozen_at(datetime.datetime(2023, 7, 10, 10, 0)):
        subsidies.record_subsidy(by=office, kind=SubsidyKind.INTERNSHIP, beneficiary="enterprise", intern=intern,
                                 period_from=day("2023-04-01"), period_to=day("2023-06-30"), amount_fen=450_000,
                                 paid_on=day("2023-07-10"))
        subsidies.record_subsidy(by=office, kind=SubsidyKind.SOCIAL_INSURANCE, beneficiary="enterprise",
                                 enterprise=base.enterprise, basis="=HYPERLINK(\"x\")", period_from=day("2023-04-01"),
                                 period_to=day("2023-06-30"), amount_fen=1_234_567)
    book = openpyxl.load_workbook(io.BytesIO(export_subsidies(Subsidy.objects.all(), filed_by="内江市就业服务中心",
                                                              period="2023-01-01 至 2023-12-31")))
    rows = [[cell for cell in row] for row in book.active.iter_rows(values_only=True)]
    assert rows[0][0] == "就业补贴发放台账" and "A1:L1" in {str(r) for r in book.active.merged_cells.ranges}
    assert "填报单位：内江市就业服务中心" in rows[1] and "单位：元" in rows[1]
    assert list(rows[2]) == HEADERS
    amount = HEADERS.index("金额（元）")
    internship = rows[3]
    assert internship[1] == "就业见习补贴" and internship[4] == "李思雨" and internship[amount] == 4500
    assert internship[5] == intern.id_number[:6] + "********" + intern.id_number[-4:]
    assert internship[-1] == "2023-07-10"
    assert rows[4][0].startswith("小计：就业见习补贴") and rows[4][amount] == 4500
    assert rows[5][7] == "=HYPERLINK(\"x\")" and rows[5][-1] == "未发放"
    assert book.active.cell(row=6, column=8).data_type == "s"
    assert rows[6][0].startswith("小计：社保补贴") and rows[6][amount] == 12345.67
    assert rows[7][0] == "合计（2笔）" and rows[7][amount] == pytest.approx(16845.67)
    assert intern.id_number not in str(rows)
