"""The papers an office prints about its meetings: the 会议纪要 of a meeting, the numbered 交办单 of each unit a
meeting assigned, and the numbered 督办单 of a carded matter; each written as a Word document and as a PDF.

The layout follows the offices' documents (党政机关公文格式, as ranking/bulletin.py): the issuing office in red
above the number and a red rule, the title, a table of the particulars, the text, then the matters' table, and
the office and the date at the right. Both formats say the same from one ``Paper``. The words are the documents'
own, so they are Chinese whatever the reader's language (as the meetings' titles). Every text goes through the
exports' cell writer; Chinese in the PDF is set in STSong-Light, a CID font every PDF reader has built in.
"""

import datetime
import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from huishang.core import letterhead
from huishang.core.cells import text as cell_text
from huishang.core.text import printable

RED = letterhead.RED


@dataclass(frozen=True)
class Paper:
    """What one printed paper says: ``particulars`` are its labelled lines (label, value), ``text`` its
    paragraphs, ``table`` its matters (a heading row first), ``closing`` the paragraphs after the table."""

    office: str
    number: str
    title: str
    issued_on: datetime.date
    particulars: list[tuple[str, str]] = field(default_factory=list)
    text_heading: str = ""
    text: list[str] = field(default_factory=list)
    table_heading: str = ""
    table: list[list[str]] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)


def day_text(day: datetime.date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "—"


def paragraphs(value: str) -> list[str]:
    """A typed text as its paragraphs, one per non-empty line."""
    return [line.strip() for line in printable(value or "").split("\n") if line.strip()]


# Word

def _word_table(document, rows: list[list[str]], *, heading_row: bool) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style, table.alignment = "Table Grid", WD_TABLE_ALIGNMENT.CENTER
    for number, values in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            cell.text = ""
            run = cell.paragraphs[0].add_run(cell_text(value))
            run.font.size, run.bold = Pt(10), heading_row and number == 0
            letterhead.east_asian(run, "仿宋")


def as_docx(paper: Paper) -> bytes:
    """The paper as .docx bytes."""
    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Mm(26)
    section.top_margin, section.bottom_margin = Mm(30), Mm(30)
    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    letterhead.paragraph(document, paper.office, size=24, font="方正小标宋简体", bold=True, align=center, color=RED)
    letterhead.red_rule(letterhead.paragraph(document, paper.number, align=center))
    letterhead.paragraph(document, paper.title, size=22, font="方正小标宋简体", bold=True, align=center)
    if paper.particulars:
        _word_table(document, [[label, value] for label, value in paper.particulars], heading_row=False)
    if paper.text_heading:
        letterhead.paragraph(document, paper.text_heading, font="黑体")
    for line in paper.text:
        letterhead.paragraph(document, line, indent=True)
    if paper.table_heading:
        letterhead.paragraph(document, paper.table_heading, font="黑体")
    if len(paper.table) > 1:
        _word_table(document, paper.table, heading_row=True)
    for line in paper.closing:
        letterhead.paragraph(document, line, indent=True)
    letterhead.paragraph(document, paper.office, align=right)
    letterhead.paragraph(document, day_text(paper.issued_on), align=right)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# PDF

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# wordWrap="CJK" breaks lines between any two characters, as Chinese text expects.
BODY = ParagraphStyle("paper-body", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK")
TEXT = ParagraphStyle("paper-text", parent=BODY, firstLineIndent=24)
OFFICE = ParagraphStyle("paper-office", parent=BODY, fontSize=20, leading=28, alignment=TA_CENTER,
                        textColor=colors.HexColor(RED))
NUMBER = ParagraphStyle("paper-number", parent=BODY, alignment=TA_CENTER)
TITLE = ParagraphStyle("paper-title", parent=BODY, fontSize=18, leading=28, alignment=TA_CENTER, spaceBefore=8,
                       spaceAfter=8)
HEADING = ParagraphStyle("paper-heading", parent=BODY, fontSize=13, spaceBefore=8, spaceAfter=2)
CELL = ParagraphStyle("paper-cell", parent=BODY, fontSize=9, leading=12)
SIGNED = ParagraphStyle("paper-signed", parent=BODY, alignment=TA_RIGHT)


def _text(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(cell_text(value)), style)


def _pdf_table(rows: list[list[str]], widths: list[float], *, heading_row: bool) -> Table:
    table = Table([[_text(value, CELL) for value in row] for row in rows], colWidths=widths,
                  repeatRows=1 if heading_row else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if heading_row:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
    table.setStyle(TableStyle(style))
    return table


def as_pdf(paper: Paper) -> bytes:
    """The paper as PDF bytes, saying what the Word document says."""
    margin = 20 * mm
    width = A4[0] - 2 * margin
    story = [_text(paper.office, OFFICE), _text(paper.number, NUMBER),
             HRFlowable(width="100%", thickness=1.5, color=colors.HexColor(RED), spaceBefore=4, spaceAfter=8),
             _text(paper.title, TITLE)]
    if paper.particulars:
        story += [_pdf_table([[label, value] for label, value in paper.particulars], [0.22 * width, 0.78 * width],
                             heading_row=False), Spacer(0, 3 * mm)]
    if paper.text_heading:
        story.append(_text(paper.text_heading, HEADING))
    story += [_text(line, TEXT) for line in paper.text]
    if paper.table_heading:
        story.append(_text(paper.table_heading, HEADING))
    if len(paper.table) > 1:
        columns = len(paper.table[0])
        story.append(_pdf_table(paper.table, [width / columns] * columns, heading_row=True))
    story += [_text(line, TEXT) for line in paper.closing]
    story += [Spacer(0, 8 * mm), _text(paper.office, SIGNED), _text(day_text(paper.issued_on), SIGNED)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=cell_text(paper.title), leftMargin=margin, rightMargin=margin,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)
    return buffer.getvalue()


FORMATS = {"docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", as_docx),
           "pdf": ("application/pdf", as_pdf)}
