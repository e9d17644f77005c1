"""The board as an Excel workbook: the units' ranking, overdue matters and cards, headers in Chinese."""

import io

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext, pgettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font

from huishang.core import cells

RANKING_COLUMNS = [
    ("rank", pgettext_lazy("ranking", "Rank")), ("unit", gettext_lazy("Lead unit")), ("assigned", gettext_lazy("Assigned")),
    ("resolved", gettext_lazy("Resolved")), ("resolution_rate", gettext_lazy("Resolution rate (%)")),
    ("on_time_rate", gettext_lazy("On-time rate (%)")), ("satisfaction_rate", gettext_lazy("Satisfaction rate (%)")),
    ("avg_working_days", gettext_lazy("Average working days to resolve")),
    ("reopen_rate", gettext_lazy("Reopen rate (%)")), ("overdue", gettext_lazy("Overdue")),
]


def _sheet(book, title, headers, rows):
    sheet = book.create_sheet(title)
    sheet.append([cells.xlsx_cell(sheet, header, font=Font(bold=True)) for header in headers])
    for row in rows:
        sheet.append(cells.xlsx_row(sheet, row))
    for column, header in zip(sheet.columns, headers):
        sheet.column_dimensions[column[0].column_letter].width = max(10, len(str(header)) * 2)
    sheet.freeze_panes = "A2"


def board_workbook(*, ranking: list[dict], overdue, cards) -> bytes:
    book = Workbook()
    book.remove(book.active)
    _sheet(book, _("Unit ranking"), [str(label) for _key, label in RANKING_COLUMNS],
           [[row[key] for key, _label in RANKING_COLUMNS] for row in ranking])
    _sheet(book, _("Overdue"), [_("Number"), _("Title"), _("Lead unit"), pgettext("matter", "Deadline"), _("State")],
           [[m.number, m.title, m.lead_unit.name if m.lead_unit else "", m.due, m.get_state_display()]
            for m in overdue])
    _sheet(book, _("Cards"), [_("Number"), _("Title"), _("Card"), _("Reason"), _("Issued at")],
           [[c.matter.number, c.matter.title, c.get_level_display(), c.reason,
             timezone.localtime(c.issued_at).strftime("%Y-%m-%d %H:%M")] for c in cards])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
