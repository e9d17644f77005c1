"""The Word pieces of the offices' documents (党政机关公文格式, GB/T 9704) that every printed paper shares: a
paragraph set in a Chinese font, and the red rule under the issuing office. Each app's paper lays out its own
content with them (ranking/bulletin.py, meetings/documents.py)."""

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from huishang.core.cells import text as cell_text

RED = "#C00000"


def east_asian(run, font: str) -> None:
    """Sets the font Word uses for the run's Chinese characters (it takes the Latin one otherwise)."""
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def paragraph(document, value: str, *, size: float = 16, font: str = "仿宋", bold: bool = False, align=None,
              color: str | None = None, indent: bool = False):
    """One paragraph of ``value`` (through the exports' cell writer), first line indented by two characters
    when ``indent``."""
    added = document.add_paragraph()
    if align is not None:
        added.alignment = align
    if indent:
        added.paragraph_format.first_line_indent = Pt(size * 2)
    run = added.add_run(cell_text(value))
    run.font.size, run.bold = Pt(size), bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    east_asian(run, font)
    return added


def red_rule(paragraph) -> None:
    """A red line under ``paragraph``, the rule that divides the office's head from the text."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "4"), ("w:color", RED.lstrip("#"))):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
