"""The subsidy ledger as the offices lay it out on paper: a title row, who filed it, the period and the unit (元),
the subsidies kind by kind each followed by its subtotal, then the total; ID numbers masked."""

import io

from django.utils import timezone, translation
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from huishang.core import cells
from huishang.core.masking import mask_id_number
from huishang.employment.models import SubsidyKind
from huishang.employment.subsidies import totals_by_kind

TITLE = "就业补贴发放台账"
HEADERS = ["序号", "补贴类别", "受益对象", "企业名称", "姓名", "身份证号", "补贴期间", "补贴依据", "金额（元）", "审批人",
           "审批日期", "发放日期"]
AMOUNT_COLUMN = HEADERS.index("金额（元）")
MONEY = "#,##0.00"


def _money(sheet, fen: int, **style):
    return cells.xlsx_cell(sheet, fen / 100, number_format=MONEY, **style)


def _subtotal(sheet, label: str, fen: int):
    bold = Font(bold=True)
    row = [cells.xlsx_cell(sheet, label, font=bold)] + [cells.xlsx_cell(sheet, "") for _ in HEADERS[1:]]
    row[AMOUNT_COLUMN] = _money(sheet, fen, font=bold)
    return row


def export_subsidies(subsidies, *, filed_by: str, period: str) -> bytes:
    """``subsidies`` (already confined to what the reader may see) as the offices' ledger sheet, in Chinese."""
    with translation.override("zh-hans"):
        return _workbook(subsidies, filed_by=filed_by, period=period)


def _workbook(subsidies, *, filed_by: str, period: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "补贴台账"
    sheet.append([cells.xlsx_cell(sheet, TITLE, font=Font(bold=True, size=16))])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append(cells.xlsx_row(sheet, [f"填报单位：{filed_by}", "", "", f"统计期间：{period}", "", "", "", "",
                                        "单位：元"]))
    sheet.append([cells.xlsx_cell(sheet, header, font=Font(bold=True)) for header in HEADERS])
    rows = subsidies.select_related("enterprise", "approved_by").order_by("kind", "approved_at", "id")
    number = 0
    totals = totals_by_kind(subsidies)
    for kind in totals["kinds"]:
        if not kind["count"]:
            continue
        for subsidy in rows.filter(kind=kind["kind"]):
            number += 1
            values = [number, str(SubsidyKind(subsidy.kind).label), str(subsidy.get_beneficiary_display()),
                      subsidy.enterprise.name if subsidy.enterprise else "", subsidy.person_name,
                      mask_id_number(subsidy.person_id_number), f"{subsidy.period_from} 至 {subsidy.period_to}",
                      subsidy.basis, None, str(subsidy.approved_by),
                      timezone.localdate(subsidy.approved_at).isoformat(),
                      subsidy.paid_on.isoformat() if subsidy.paid_on else "未发放"]
            row = cells.xlsx_row(sheet, values)
            row[AMOUNT_COLUMN] = _money(sheet, subsidy.amount_fen)
            sheet.append(row)
        sheet.append(_subtotal(sheet, f"小计：{kind['label']}（{kind['count']}笔）", kind["amount_fen"]))
    sheet.append(_subtotal(sheet, f"合计（{totals['count']}笔）", totals["amount_fen"]))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
