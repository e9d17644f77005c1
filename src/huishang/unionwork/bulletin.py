"""The reform's progress 通报 (产业工人队伍建设改革工作推进情况通报), as Word and as PDF.

Written the way the offices write their documents and the ranking's 通报 is written (ranking/bulletin.py):
the issuing body in red over a red rule, the title, a summary, then a table of each member unit's tasks with
deadline, progress and state, and the tasks past their deadline. Both formats say the same from one
``Bulletin``; every text goes through the exports' cell writer (core.cells), and Chinese in the PDF is set in
STSong-Light, a CID font every PDF reader has built in.
"""

import datetime
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from huishang.core import clock
from huishang.core.cells import text as cell_text
from huishang.unionwork.selectors import group_progress, member_rows

RED = "#C00000"


@dataclass(frozen=True)
class Line:
    """One task of a member unit as the table shows it."""

    unit: str
    task: str
    deadline: datetime.date
    percent: int | None
    done_on: datetime.date | None
    overdue: bool


@dataclass(frozen=True)
class Bulletin:
    office: str
    title: str
    issued_on: datetime.date
    summary: str
    lines: list[Line]


def progress_bulletin(group, today: datetime.date | None = None) -> Bulletin:
    """The 通报 of ``group`` as of ``today``: every member unit's tasks and how far each is."""
    today = today or clock.today()
    lines = [Line(unit=member.organization.name, task=task.title, deadline=task.deadline, percent=task.percent,
                  done_on=task.done_on, overdue=task.done_on is None and task.deadline < today)
             for member, tasks in member_rows(group) for task in tasks]
    figures = group_progress(group)
    summary = _("%(members)s member units hold %(tasks)s tasks: %(done)s done, %(overdue)s past their deadline.") % {
        "members": group.members.count(), "tasks": figures["tasks"], "done": figures["done"],
        "overdue": sum(line.overdue for line in lines)}
    return Bulletin(office=group.organiser.name, title=_("Progress of %(group)s") % {"group": group.title},
                    issued_on=today, summary=summary, lines=lines)


def _state(line: Line) -> str:
    if line.done_on is not None:
        return _("Done on %(day)s") % {"day": line.done_on.isoformat()}
    return _("Overdue") if line.overdue else _("In progress")


def table_rows(bulletin: Bulletin) -> list[list[str]]:
    heading = [_("Member unit"), _("Task"), _("Deadline"), _("Progress"), _("State")]
    return [heading, *[[line.unit, line.task, line.deadline.isoformat(),
                        "—" if line.percent is None else f"{line.percent}%", _state(line)] for line in bulletin.lines]]


def overdue_texts(bulletin: Bulletin) -> list[str]:
    return [_("%(unit)s: %(task)s (due %(day)s)") % {"unit": line.unit, "task": line.task,
                                                      "day": line.deadline.isoformat()}
            for line in bulletin.lines if line.overdue]


# Word

def _run(paragraph, value: str, *, size: float = 14, bold: bool = False, color: str | None = None):
    run = paragraph.add_run(cell_text(value))
    run.font.size, run.bold = Pt(size), bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    run.font.name = "仿宋"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋")
    return run


def as_docx(bulletin: Bulletin) -> bytes:
    document = Document()
    center = WD_ALIGN_PARAGRAPH.CENTER
    head = document.add_paragraph()
    head.alignment = center
    _run(head, bulletin.office, size=24, bold=True, color=RED)
    title = document.add_paragraph()
    title.alignment = center
    _run(title, bulletin.title, size=18, bold=True)
    _run(document.add_paragraph(), bulletin.summary)
    table = document.add_table(rows=0, cols=5)
    table.style, table.alignment = "Table Grid", WD_TABLE_ALIGNMENT.CENTER
    for number, values in enumerate(table_rows(bulletin)):
        for cell, value in zip(table.add_row().cells, values):
            cell.text = ""
            _run(cell.paragraphs[0], value, size=9, bold=number == 0)
    overdue = overdue_texts(bulletin)
    if overdue:
        _run(document.add_paragraph(), _("Tasks past their deadline"), bold=True)
        for text in overdue:
            _run(document.add_paragraph(), text)
    signed = document.add_paragraph()
    signed.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(signed, f"{bulletin.office}\n{bulletin.issued_on.isoformat()}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# PDF

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY = ParagraphStyle("reform-body", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK")
OFFICE = ParagraphStyle("reform-office", parent=BODY, fontSize=20, leading=28, alignment=TA_CENTER,
                        textColor=colors.HexColor(RED))
TITLE = ParagraphStyle("reform-title", parent=BODY, fontSize=16, leading=26, alignment=TA_CENTER, spaceAfter=8)
CELL = ParagraphStyle("reform-cell", parent=BODY, fontSize=9, leading=12)
SIGNED = ParagraphStyle("reform-signed", parent=BODY, alignment=TA_RIGHT)


def _text(value: str, style) -> Paragraph:
    return Paragraph(escape(cell_text(value)), style)


def as_pdf(bulletin: Bulletin) -> bytes:
    width = A4[0] - 40 * mm
    shares = [2.2, 3.2, 1.2, 0.8, 1.4]
    table = Table([[_text(value, CELL) for value in row] for row in table_rows(bulletin)], repeatRows=1,
                  colWidths=[width * share / sum(shares) for share in shares])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
    story = [_text(bulletin.office, OFFICE),
             HRFlowable(width="100%", thickness=1.5, color=colors.HexColor(RED), spaceBefore=4, spaceAfter=8),
             _text(bulletin.title, TITLE), _text(bulletin.summary, BODY), Spacer(0, 3 * mm), table]
    overdue = overdue_texts(bulletin)
    if overdue:
        story += [Spacer(0, 3 * mm), _text(_("Tasks past their deadline"), BODY)]
        story += [_text(text, BODY) for text in overdue]
    story += [Spacer(0, 8 * mm), _text(bulletin.office, SIGNED), _text(bulletin.issued_on.isoformat(), SIGNED)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=cell_text(bulletin.title), leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)
    return buffer.getvalue()
