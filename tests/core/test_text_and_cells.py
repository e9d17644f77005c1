"""Text is stored printable, and the one cell writer of the exports keeps formula-like text as text."""

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from huishang.core import cells
from huishang.core.text import printable
from tests.formulas import FORMULAS, xlsx_cells


def test_printable_text_keeps_tabs_and_line_breaks_and_drops_what_no_screen_or_xml_shows():
    assert printable("a\u0001b\u0000c\u007f\u0085d\ud800e\uffff") == "abcde"
    assert printable("第一行\r\n第二行\r第三行\t完") == "第一行\n第二行\n第三行\t完"
    assert printable("=1+1 和 中文 ½ 😀") == "=1+1 和 中文 ½ 😀"
    assert printable(None) is None and printable(3) == 3


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_csv_or_document_field_that_starts_a_formula_is_quoted(formula):
    assert cells.text(formula) == "'" + formula.replace("\r", "\n")


@pytest.mark.parametrize("value", ["1+1", "张三", "a=b", "", 3, -2, None])
def test_other_values_are_written_as_they_are(value):
    assert cells.text(value) == value


@pytest.mark.parametrize("write_only", [True, False])
def test_an_xlsx_cell_keeps_formula_like_text_unchanged_as_a_quoted_string(write_only):
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("s") if write_only else book.active
    sheet.append(cells.xlsx_row(sheet, [*FORMULAS, "plain", -2, "a\u0001b"]))
    buffer = io.BytesIO()
    book.save(buffer)
    written = xlsx_cells(buffer.getvalue())
    assert [cell.value for cell in written] == [*(text.replace("\r", "\n") for text in FORMULAS), "plain", -2, "ab"]
    assert [cell.quotePrefix for cell in written] == [True] * len(FORMULAS) + [False, False, False]
    assert load_workbook(io.BytesIO(buffer.getvalue())).worksheets[0]["H1"].data_type == "n"


def test_a_csv_written_through_the_cell_writer_starts_no_field_with_a_formula():
    buffer = io.StringIO()
    csv.writer(buffer).writerow([cells.text(value) for value in FORMULAS])
    fields = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert all(field.startswith("'") for field in fields)
