"""The 通报 of a published month as the offices issue it, written out as a Word document and as a PDF.

The layout follows the offices' documents (党政机关公文格式, GB/T 9704): the issuing office in red above its
number 〔2026〕3号 and a red rule, the title, the addressees, the summary, the ranking table of each kind of
unit with every counted rate's numerator and denominator, the flagged units (末位), the typical overdue cases,
then the office and the date at the right. Both formats say the same from one ``Bulletin``; every text goes
through the exports' cell writer, so that a unit's name typed as =cmd… stays text when a table is copied into a
spreadsheet. Chinese in the PDF is set in STSong-Light, a CID font every PDF reader has built in.
"""

import datetime
import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from django.utils.formats import date_format
from django.utils.translation import gettext as _, pgettext
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from huishang.core import letterhead
from huishang.core.cells import text as cell_text
from huishang.core.text import printable

RED = letterhead.RED
# The tables of a scheme counting more rates than this are set on a landscape page.
PORTRAIT_RATES = 4


@dataclass(frozen=True)
class Rate:
    """One counted rate of a unit: value in % (one decimal) over its numerator and denominator; a unit with no
    denominator for it has no value (无数据)."""

    numerator: int
    denominator: int
    value: float | None


@dataclass(frozen=True)
class Line:
    """A unit's line of its kind's table. ``rates`` follows the table's columns; ``rank`` and ``score`` are None
    for a unit with no matters in the period (listed, not ranked); ``change`` is the places gained since last
    month (negative when it fell, None when it was not ranked then)."""

    unit: str
    rates: list[Rate]
    score: float | None
    rank: int | None
    change: int | None = None
    flagged: bool = False


@dataclass(frozen=True)
class Ranking:
    """The table of one kind of unit ranked together, lines in rank order."""

    kind: str
    rates: list[str]
    lines: list[Line]


@dataclass(frozen=True)
class Flagged:
    """A bottom unit (末位) called to a talk."""

    unit: str
    kind: str
    rank: int
    score: float


@dataclass(frozen=True)
class OverdueCase:
    """A typical overdue matter: its number, title, lead unit, deadline and the days past it."""

    number: str
    title: str
    unit: str
    due: datetime.date
    days_overdue: int


@dataclass(frozen=True)
class Bulletin:
    """What a month's 通报 says. ``number`` is the document number (〔2026〕3号, with the office's prefix if it
    has one); ``version`` above 1 with its ``correction`` reason marks a corrected issue."""

    title: str
    number: str
    office: str
    period_from: datetime.date
    period_to: datetime.date
    issued_on: datetime.date
    summary: str
    rankings: list[Ranking]
    flagged: list[Flagged] = field(default_factory=list)
    cases: list[OverdueCase] = field(default_factory=list)
    addressees: str = ""
    version: int = 1
    correction: str = ""


# What both formats write, in order: the words of the document once.

def _day(day: datetime.date) -> str:
    return date_format(day, "DATE_FORMAT")


def period_text(bulletin: Bulletin) -> str:
    return _("Period: %(first)s to %(last)s") % {"first": _day(bulletin.period_from), "last": _day(bulletin.period_to)}


def addressees_text(bulletin: Bulletin) -> str:
    return _("%(addressees)s:") % {"addressees": bulletin.addressees or _("All responsible units")}


def correction_text(bulletin: Bulletin) -> str:
    """The note a corrected issue carries above its text; nothing for the first issue."""
    if bulletin.version <= 1:
        return ""
    return _("Correction (version %(version)s): %(reason)s") % {"version": bulletin.version,
                                                                 "reason": bulletin.correction}


def rate_text(rate: Rate) -> str:
    if not rate.denominator or rate.value is None:
        return _("No data")
    return f"{rate.value:.1f}%（{rate.numerator}/{rate.denominator}）"


def score_text(score: float | None) -> str:
    return "—" if score is None else f"{score:.2f}"


def rank_text(rank: int | None) -> str:
    return _("Not ranked") if rank is None else str(rank)


def change_text(change: int | None) -> str:
    if change is None:
        return "—"
    if change == 0:
        return _("Unchanged")
    return f"↑{change}" if change > 0 else f"↓{-change}"


def remark_text(line: Line) -> str:
    if line.rank is None:
        return _("No matters this month")
    return _("Bottom (talk)") if line.flagged else ""


def table_rows(ranking: Ranking) -> list[list[str]]:
    """The heading row and a row per unit of one kind's table."""
    heading = [pgettext("ranking", "Rank"), _("Unit"), *ranking.rates, pgettext("ranking", "Score"),
               _("Change from last month"), _("Remark")]
    rows = [[rank_text(line.rank), line.unit, *(rate_text(rate) for rate in line.rates), score_text(line.score),
             change_text(line.change), remark_text(line)] for line in ranking.lines]
    return [heading, *rows]


def flagged_text(unit: Flagged) -> str:
    return _("%(unit)s (%(kind)s, rank %(rank)s, score %(score)s)") % {
        "unit": unit.unit, "kind": unit.kind, "rank": unit.rank, "score": score_text(unit.score)}


def case_text(case: OverdueCase) -> str:
    return _("%(number)s %(title)s (lead unit %(unit)s, due %(due)s, %(days)s days overdue)") % {
        "number": case.number, "title": case.title, "unit": case.unit, "due": _day(case.due), "days": case.days_overdue}


def _headings() -> tuple[str, str, str]:
    return _("1. The ranking"), _("2. Bottom units"), _("3. Typical overdue cases")


def _kind_heading(position: int, kind: str) -> str:
    numerals = "一二三四五六七八九十"
    numeral = numerals[position] if position < len(numerals) else str(position + 1)
    return f"（{numeral}）{kind}"


def _flagged_intro(bulletin: Bulletin) -> str:
    if not bulletin.flagged:
        return _("No unit is at the bottom this month.")
    return _("The following units are at the bottom of their kind this month and will be called to a talk:")


def summary_paragraphs(bulletin: Bulletin) -> list[str]:
    """The summary's paragraphs, one per line the office wrote, each written as text of its own."""
    return [line for line in printable(bulletin.summary).split("\n") if line.strip()]


def _wide(bulletin: Bulletin) -> bool:
    return any(len(ranking.rates) > PORTRAIT_RATES for ranking in bulletin.rankings)


# Word

def _word_table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style, table.alignment = "Table Grid", WD_TABLE_ALIGNMENT.CENTER
    for number, values in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = ""
            run = cell.paragraphs[0].add_run(cell_text(value))
            run.font.size, run.bold = Pt(9), number == 0
            letterhead.east_asian(run, "仿宋")


def bulletin_docx(bulletin: Bulletin) -> bytes:
    """The 通报 as .docx bytes."""
    document = Document()
    section = document.sections[0]
    if _wide(bulletin):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Mm(26)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    letterhead.paragraph(document, bulletin.office, size=26, font="方正小标宋简体", bold=True, align=center, color=RED)
    letterhead.red_rule(letterhead.paragraph(document, bulletin.number, align=center))
    letterhead.paragraph(document, bulletin.title, size=22, font="方正小标宋简体", bold=True, align=center)
    if bulletin.version > 1:
        letterhead.paragraph(document, correction_text(bulletin), size=14, color=RED)
    letterhead.paragraph(document, addressees_text(bulletin))
    letterhead.paragraph(document, period_text(bulletin), indent=True)
    for paragraph in summary_paragraphs(bulletin):
        letterhead.paragraph(document, paragraph, indent=True)
    ranking_heading, flagged_heading, cases_heading = _headings()
    letterhead.paragraph(document, ranking_heading, font="黑体")
    for position, ranking in enumerate(bulletin.rankings):
        letterhead.paragraph(document, _kind_heading(position, ranking.kind), font="楷体")
        _word_table(document, table_rows(ranking))
    letterhead.paragraph(document, flagged_heading, font="黑体")
    letterhead.paragraph(document, _flagged_intro(bulletin), indent=True)
    for unit in bulletin.flagged:
        letterhead.paragraph(document, flagged_text(unit), indent=True)
    if bulletin.cases:
        letterhead.paragraph(document, cases_heading, font="黑体")
        for case in bulletin.cases:
            letterhead.paragraph(document, case_text(case), indent=True)
    letterhead.paragraph(document, bulletin.office, align=right)
    letterhead.paragraph(document, _day(bulletin.issued_on), align=right)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# PDF

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# wordWrap="CJK" breaks lines between any two characters, as Chinese text expects.
BODY = ParagraphStyle("bulletin-body", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK")
TEXT = ParagraphStyle("bulletin-text", parent=BODY, firstLineIndent=24)
OFFICE = ParagraphStyle("bulletin-office", parent=BODY, fontSize=22, leading=30, alignment=TA_CENTER,
                        textColor=colors.HexColor(RED))
NUMBER = ParagraphStyle("bulletin-number", parent=BODY, alignment=TA_CENTER)
TITLE = ParagraphStyle("bulletin-title", parent=BODY, fontSize=18, leading=28, alignment=TA_CENTER, spaceBefore=8,
                       spaceAfter=8)
NOTE = ParagraphStyle("bulletin-note", parent=BODY, textColor=colors.HexColor(RED))
HEADING = ParagraphStyle("bulletin-heading", parent=BODY, fontSize=13, spaceBefore=8, spaceAfter=2)
CELL = ParagraphStyle("bulletin-cell", parent=BODY, fontSize=8, leading=11, alignment=TA_CENTER)
SIGNED = ParagraphStyle("bulletin-signed", parent=BODY, alignment=TA_RIGHT)


def _text(value: str, style: ParagraphStyle) -> Paragraph:
    """One line of text (a line break inside reads as a space, as in the Word document's tables)."""
    return Paragraph(escape(cell_text(value)), style)


def _pdf_table(rows: list[list[str]], width: float) -> Table:
    rates = len(rows[0]) - 5
    # Rank, unit, the rates, score, change, remark: the unit's name and the rates get the room.
    shares = [0.6, 2.2, *([1.6] * rates), 0.9, 0.9, 1.2]
    table = Table([[_text(value, CELL) for value in row] for row in rows], repeatRows=1,
                  colWidths=[width * share / sum(shares) for share in shares])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
    return table


def bulletin_pdf(bulletin: Bulletin) -> bytes:
    """The 通报 as PDF bytes, saying what the Word document says."""
    page = landscape(A4) if _wide(bulletin) else A4
    margin = 20 * mm
    width = page[0] - 2 * margin
    story = [_text(bulletin.office, OFFICE), _text(bulletin.number, NUMBER),
             HRFlowable(width="100%", thickness=1.5, color=colors.HexColor(RED), spaceBefore=4, spaceAfter=8),
             _text(bulletin.title, TITLE)]
    if bulletin.version > 1:
        story.append(_text(correction_text(bulletin), NOTE))
    story += [_text(addressees_text(bulletin), BODY), _text(period_text(bulletin), TEXT)]
    story += [_text(paragraph, TEXT) for paragraph in summary_paragraphs(bulletin)]
    ranking_heading, flagged_heading, cases_heading = _headings()
    story.append(_text(ranking_heading, HEADING))
    for position, ranking in enumerate(bulletin.rankings):
        story += [_text(_kind_heading(position, ranking.kind), BODY), _pdf_table(table_rows(ranking), width),
                  Spacer(0, 3 * mm)]
    story += [_text(flagged_heading, HEADING), _text(_flagged_intro(bulletin), TEXT)]
    story += [_text(flagged_text(unit), TEXT) for unit in bulletin.flagged]
    if bulletin.cases:
        story.append(_text(cases_heading, HEADING))
        story += [_text(case_text(case), TEXT) for case in bulletin.cases]
    story += [Spacer(0, 8 * mm), _text(bulletin.office, SIGNED), _text(_day(bulletin.issued_on), SIGNED)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=page, title=cell_text(bulletin.title), leftMargin=margin, rightMargin=margin,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)
    return buffer.getvalue()
