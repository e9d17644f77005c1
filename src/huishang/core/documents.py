"""Printable reports written as Word (.docx) and PDF from one content: a title, a line on the period, a table
of figures and sections of entries. Every app's report builds a ``Report`` and writes it here.

Chinese is set in the PDF in STSong-Light, one of the CID fonts every PDF reader has built in, so no font file is
shipped or looked up on the server. Every line goes through the exports' one cell writer: a line copied from the
report into a spreadsheet stays text.
"""

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from huishang.core.cells import text as cell_text


@dataclass(frozen=True)
class Entry:
    text: str
    detail: str = ""


@dataclass(frozen=True)
class Section:
    heading: str
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Report:
    title: str
    period: str
    figures: list[tuple[str, int | str]]
    sections: list[Section]


def as_docx(report: Report) -> bytes:
    """The report as .docx bytes."""
    document = Document()
    document.add_heading(cell_text(report.title), 0)
    document.add_paragraph(cell_text(report.period))
    document.add_heading(_("Figures"), 1)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in report.figures:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = cell_text(label), cell_text(str(value))
    for section in report.sections:
        document.add_heading(section.heading, 1)
        for entry in section.entries:
            document.add_paragraph(cell_text(entry.text), style="List Bullet")
            if entry.detail:
                document.add_paragraph(cell_text(entry.detail))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

# wordWrap="CJK" breaks lines between any two characters, as Chinese text expects.
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK")
DETAIL = ParagraphStyle("detail", parent=BODY, textColor=colors.HexColor("#555555"), leftIndent=6 * mm)
HEADING = ParagraphStyle("heading", parent=BODY, fontSize=14, leading=20, spaceBefore=10, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BODY, fontSize=18, leading=26, spaceAfter=6)


def _text(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(cell_text(value)), style)


def as_pdf(report: Report) -> bytes:
    """The report as PDF bytes, with the same content as the Word document."""
    figures = Table([[_text(label, BODY), _text(str(value), BODY)] for label, value in report.figures],
                    colWidths=[60 * mm, 30 * mm], hAlign="LEFT")
    figures.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [_text(report.title, TITLE), _text(report.period, BODY), _text(_("Figures"), HEADING), figures]
    for section in report.sections:
        story.append(_text(section.heading, HEADING))
        items = [[_text(entry.text, BODY)] + ([_text(entry.detail, DETAIL)] if entry.detail else [])
                 for entry in section.entries]
        if items:
            story.append(ListFlowable(items, bulletType="bullet", start="●", bulletFontName=FONT, bulletFontSize=6,
                                      leftIndent=5 * mm))
        story.append(Spacer(0, 2 * mm))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=report.title, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=18 * mm, bottomMargin=18 * mm).build(story)
    return buffer.getvalue()
