"""Writing ledger sheets for the import tests, row by row as an office would type them."""

import datetime
import io

from openpyxl import Workbook, load_workbook

HEADER = ["序号", "企业名称", "问题描述", "责任单位", "办理时限"]


def in_days(days: int) -> str:
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


def sheet(rows, header=HEADER, title_rows=()) -> io.BytesIO:
    workbook = Workbook()
    worksheet = workbook.active
    for row in [*title_rows, header, *rows]:
        worksheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "ledger.xlsx"
    return buffer


def rows_of(content: bytes) -> list[list]:
    worksheet = load_workbook(io.BytesIO(content)).worksheets[0]
    return [list(row) for row in worksheet.iter_rows(values_only=True)]
