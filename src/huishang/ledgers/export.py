"""Writing a list of matters as a ledger (台账) workbook, personal data masked for who reads it."""

import io

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from huishang.cases.models import Matter, Response
from huishang.cases.states import DONE
from huishang.core import cells, clock
from huishang.ledgers import columns as c
from huishang.ledgers.masking import phone_for

WIDTHS = {c.SERIAL: 6, c.NUMBER: 16, c.ENTERPRISE: 28, c.CATEGORY: 10, c.TITLE: 30, c.DESCRIPTION: 50,
          c.RAISED_BY: 10, c.PHONE: 14, c.SOURCE: 10, c.UNIT: 26, c.DUE: 12, c.PROGRESS: 40, c.OUTCOME: 16,
          c.SUBMITTED: 17}
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _progress(matter: Matter) -> str:
    responses = matter.ledger_responses
    state = str(matter.get_state_display())
    return f"{state}：{responses[-1].content}" if responses else state


def _outcome(matter: Matter) -> str:
    if matter.state in DONE and matter.resolved_at:
        return _("Resolved on %(day)s") % {"day": timezone.localdate(matter.resolved_at).isoformat()}
    if matter.due and matter.due < clock.today():
        return _("Overdue, not resolved")
    return _("Not resolved")


def ledger_row(serial: int, matter: Matter, reader) -> list:
    return [
        serial, matter.number, matter.enterprise.name if matter.enterprise else "", matter.category.name,
        matter.title, matter.description, matter.submitted_by.get_full_name(), phone_for(reader, matter.submitted_by),
        str(matter.get_source_display()), matter.lead_unit.name if matter.lead_unit else "", matter.due,
        _progress(matter), _outcome(matter), timezone.localtime(matter.submitted_at).replace(tzinfo=None),
    ]


def ledger_matters(matters: QuerySet[Matter]) -> QuerySet[Matter]:
    return matters.select_related("enterprise", "category", "lead_unit", "submitted_by").prefetch_related(
        Prefetch("responses", queryset=Response.objects.order_by("at", "id"), to_attr="ledger_responses")
    )


def write_ledger(matters: QuerySet[Matter], *, reader) -> bytes:
    """The matters as a ledger sheet; phone numbers masked unless ``reader`` may see personal data."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(c.SHEET_TITLE))
    for index, name in enumerate(c.EXPORTED):
        sheet.column_dimensions[chr(ord("A") + index)].width = WIDTHS[name]
    sheet.freeze_panes = "A2"
    centred = Alignment(horizontal="center", vertical="center")
    sheet.append([cells.xlsx_cell(sheet, name, font=Font(bold=True), alignment=centred) for name in c.EXPORTED])
    for serial, matter in enumerate(ledger_matters(matters).iterator(chunk_size=2000), start=1):
        row = ledger_row(serial, matter, reader)
        written = []
        for name, value in zip(c.EXPORTED, row):
            cell = cells.xlsx_cell(sheet, value)
            if name == c.DUE and value:
                cell.number_format = "yyyy-mm-dd"
            elif name == c.SUBMITTED:
                cell.number_format = "yyyy-mm-dd hh:mm"
            written.append(cell)
        sheet.append(written)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def ledger_filename() -> str:
    return f"ledger-{clock.today().isoformat()}.xlsx"
