"""The yearly activity report as PDF: same content as the Word document, Chinese text intact, same permission."""

import io
import re

import pytest
from django.urls import reverse
from docx import Document
from pypdf import PdfReader

from tests import factories as f
from tests.alliances.test_pages import client_of, setting  # noqa: F401  (the fixture is used by name)

pytestmark = pytest.mark.django_db


def _report(user, alliance, year, *, pdf=True):
    url = reverse("alliances:report", args=[alliance.pk, year]) + ("?format=pdf" if pdf else "")
    return client_of(user).get(url)


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _squeezed(text: str) -> str:
    """Text without whitespace, since the PDF breaks long lines where the Word document does not."""
    return re.sub(r"\s+", "", text)


def test_the_pdf_report_is_a_pdf_with_the_alliance_its_period_and_its_figures(setting):  # noqa: F811
    answer = _report(setting["first"].leader, setting["alliance"], 2023)

    assert answer.status_code == 200 and answer["Content-Type"] == "application/pdf"
    assert answer.content.startswith(b"%PDF-") and answer["Content-Disposition"].endswith('2023.pdf"')
    text = _pdf_text(answer.content)
    assert f"{setting['alliance'].name} 2023年度活动报告" in text
    assert "统计期间：2023-01-01 – 2023-12-31" in text
    lines = text.splitlines()
    assert lines[lines.index("签订协议") + 1] == "1" and lines[lines.index("成果") + 1] == "1"
    assert "赴重庆交流学习" in text and "配网工器具联合研制" in text and "一种绝缘遮蔽罩安装工具" in text


def test_the_pdf_report_says_what_the_word_report_says(setting):  # noqa: F811
    leader, alliance = setting["first"].leader, setting["alliance"]
    word = Document(io.BytesIO(_report(leader, alliance, 2023, pdf=False).content))
    pdf = _squeezed(_pdf_text(_report(leader, alliance, 2023).content))

    said = [paragraph.text for paragraph in word.paragraphs if paragraph.text]
    said += [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    assert len(said) > 15
    assert [text for text in said if _squeezed(text) not in pdf] == []
    assert setting["first"].name in pdf and setting["resource"].name in pdf


def test_the_pdf_report_of_another_year_leaves_out_this_years_events(setting):  # noqa: F811
    text = _pdf_text(_report(setting["first"].leader, setting["alliance"], 2024).content)
    assert "赴重庆交流学习" not in text and "配网工器具联合研制" not in text


def test_people_outside_the_alliances_are_refused_the_pdf_report(setting):  # noqa: F811
    answer = _report(f.enterprise_contact(), setting["alliance"], 2023)
    assert answer.status_code == 403 and not answer.content.startswith(b"%PDF")
