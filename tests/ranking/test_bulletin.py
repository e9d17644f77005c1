"""The 通报 document: the Word and the PDF file say the office, its number, the title, the period, every unit's
line with each counted rate over its numerator and denominator, the flagged units and the overdue cases; what
anyone typed stays text."""

import datetime
import io
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from huishang.ranking.bulletin import Bulletin, Flagged, Line, OverdueCase, Ranking, Rate, bulletin_docx, bulletin_pdf
from tests.formulas import FORMULAS, HYPERLINK, docx_texts, pdf_lines


def _march(**changes) -> Bulletin:
    districts = Ranking(kind="区级单位", rates=["响应率", "解决率", "满意率"], lines=[
        Line("东城区住建委", [Rate(19, 20, 95.0), Rate(9, 10, 90.0), Rate(8, 8, 100.0)], 95.5, 1, change=2),
        Line("东城区城管委", [Rate(18, 20, 90.0), Rate(0, 0, None), Rate(6, 8, 75.0)], 80.63, 2, change=0),
        Line("西城区交通委", [Rate(5, 20, 25.0), Rate(2, 10, 20.0), Rate(3, 8, 37.5)], 28.63, 3, change=-1,
             flagged=True),
        Line("西城区水务局", [Rate(0, 0, None), Rate(0, 0, None), Rate(0, 0, None)], None, None),
    ])
    towns = Ranking(kind="街道乡镇", rates=["响应率", "解决率", "满意率"], lines=[
        Line("和平里街道", [Rate(7, 7, 100.0), Rate(3, 4, 75.0), Rate(4, 4, 100.0)], 88.75, 1, change=None),
    ])
    values = dict(
        title="关于2026年3月份接诉即办考核排名情况的通报", number="京接诉办〔2026〕3号", office="北京市接诉即办工作办公室",
        period_from=datetime.date(2026, 3, 1), period_to=datetime.date(2026, 3, 31),
        issued_on=datetime.date(2026, 4, 3), summary="3月份，全市共派单120件，各承办单位响应率91.2%。",
        rankings=[districts, towns], flagged=[Flagged("西城区交通委", "区级单位", 3, 28.63)],
        cases=[OverdueCase("HS-2026-000042", "小区门口道路破损", "西城区交通委", datetime.date(2026, 3, 10), 12)],
    )
    return Bulletin(**{**values, **changes})


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(content: bytes) -> str:
    return _squeezed("".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def _paragraphs(content: bytes) -> list[str]:
    return [paragraph.text for paragraph in Document(io.BytesIO(content)).paragraphs]


def _rows(content: bytes) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for table in Document(io.BytesIO(content)).tables for row in table.rows]


def test_the_word_bulletin_opens_with_the_office_its_number_the_title_and_the_period():
    paragraphs = [text for text in _paragraphs(bulletin_docx(_march())) if text]

    assert paragraphs[:3] == ["北京市接诉即办工作办公室", "京接诉办〔2026〕3号", "关于2026年3月份接诉即办考核排名情况的通报"]
    assert "考核期间：2026年3月1日至2026年3月31日" in paragraphs
    assert "各承办单位：" in paragraphs and "3月份，全市共派单120件，各承办单位响应率91.2%。" in paragraphs
    assert paragraphs[-2:] == ["北京市接诉即办工作办公室", "2026年4月3日"]


def test_the_word_bulletin_has_a_table_per_kind_with_each_rate_over_its_numerator_and_denominator():
    rows = _rows(bulletin_docx(_march()))

    assert rows[0] == ["排名", "单位", "响应率", "解决率", "满意率", "得分", "较上月", "备注"]
    assert rows[1] == ["1", "东城区住建委", "95.0%（19/20）", "90.0%（9/10）", "100.0%（8/8）", "95.50", "↑2", ""]
    assert rows[2] == ["2", "东城区城管委", "90.0%（18/20）", "无数据", "75.0%（6/8）", "80.63", "持平", ""]
    assert rows[3] == ["3", "西城区交通委", "25.0%（5/20）", "20.0%（2/10）", "37.5%（3/8）", "28.63", "↓1", "末位（约谈）"]
    assert rows[4] == ["不排名", "西城区水务局", "无数据", "无数据", "无数据", "—", "—", "本月无事项"]
    assert rows[5][0] == "排名" and rows[6] == ["1", "和平里街道", "100.0%（7/7）", "75.0%（3/4）", "100.0%（4/4）",
                                                "88.75", "—", ""]


def test_the_word_bulletin_names_the_flagged_units_and_the_typical_overdue_cases():
    paragraphs = _paragraphs(bulletin_docx(_march()))

    assert "（一）区级单位" in paragraphs and "（二）街道乡镇" in paragraphs
    assert "西城区交通委（区级单位，第3名，得分28.63）" in paragraphs
    assert "HS-2026-000042 小区门口道路破损（承办单位：西城区交通委，办理期限2026年3月10日，超期12天）" in paragraphs


def test_a_month_without_bottom_units_says_so():
    assert "本月无末位单位。" in _paragraphs(bulletin_docx(_march(flagged=[])))


def test_the_pdf_bulletin_says_what_the_word_bulletin_says():
    bulletin = _march()
    document = Document(io.BytesIO(bulletin_docx(bulletin)))
    pdf_content = bulletin_pdf(bulletin)
    pdf = _pdf_text(pdf_content)

    said = [paragraph.text for paragraph in document.paragraphs if paragraph.text]
    said += [cell.text for table in document.tables for row in table.rows for cell in row.cells if cell.text]
    assert pdf_content.startswith(b"%PDF-") and len(said) > 50
    assert [text for text in said if _squeezed(text) not in pdf] == []
    assert "京接诉办〔2026〕3号" in pdf and "西城区交通委（区级单位，第3名，得分28.63）" in pdf


def test_a_corrected_bulletin_carries_its_version_and_reason_in_both_formats():
    bulletin = _march(version=2, correction="东城区城管委3件事项的回访结果录入有误，已更正。")
    note = "更正说明（第2版）：东城区城管委3件事项的回访结果录入有误，已更正。"

    assert _paragraphs(bulletin_docx(bulletin))[3] == note and note in _pdf_text(bulletin_pdf(bulletin))
    assert not any("更正说明" in text for text in _paragraphs(bulletin_docx(_march())))


def test_a_scheme_counting_many_rates_is_set_on_a_landscape_page():
    seven = ["响应率", "解决率", "满意率", "及时签收率", "按期办结率", "回退率", "重办率"]
    wide = _march(rankings=[Ranking("区级单位", seven, [Line("东城区住建委", [Rate(1, 2, 50.0)] * 7, 50.0, 1)])])

    assert Document(io.BytesIO(bulletin_docx(wide))).sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert Document(io.BytesIO(bulletin_docx(_march()))).sections[0].orientation == WD_ORIENT.PORTRAIT
    page = PdfReader(io.BytesIO(bulletin_pdf(wide))).pages[0]
    assert page.mediabox.width > page.mediabox.height
    assert "50.0%（1/2）" in _pdf_text(bulletin_pdf(wide))


def test_formula_like_names_and_titles_stay_text_in_both_formats():
    rate = [Rate(1, 1, 100.0)]
    bulletin = _march(
        title=HYPERLINK, summary=FORMULAS[1], office="@SUM(1+1)",
        rankings=[Ranking("区级单位", ["响应率"], [Line(text, rate, 100.0, 1) for text in FORMULAS])],
        flagged=[Flagged(FORMULAS[2], "区级单位", 1, 100.0)],
        cases=[OverdueCase("=1+1", FORMULAS[3], "-单位", datetime.date(2026, 3, 10), 1)],
    )

    texts = docx_texts(bulletin_docx(bulletin))
    assert "'" + HYPERLINK in texts and "'" + FORMULAS[1] in texts and "'@SUM(1+1)" in texts
    assert "'-2+3" in [row[1] for row in _rows(bulletin_docx(bulletin))]
    lines = pdf_lines(bulletin_pdf(bulletin))
    assert any(line.startswith("'=HYPERLINK") for line in lines)


def test_each_line_of_the_summary_is_a_paragraph_of_its_own_and_stays_text():
    bulletin = _march(summary="3月份总体平稳。\n=1+1 各单位要加强回访。\r\n")

    texts = docx_texts(bulletin_docx(bulletin))
    assert "3月份总体平稳。" in texts and "'=1+1 各单位要加强回访。" in texts
    assert "'=1+1各单位要加强回访。" in _squeezed("".join(pdf_lines(bulletin_pdf(bulletin))))
