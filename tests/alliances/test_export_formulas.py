"""The yearly report, in Word and in PDF, starts no line or table cell with a formula (CWE-1236): a table or
list copied from it into a spreadsheet stays text."""

import datetime

import pytest
from django.urls import reverse

from huishang.alliances import services
from tests import factories as f
from tests.alliances import world
from tests.alliances.test_pages import client_of
from tests.formulas import FORMULAS, HYPERLINK, docx_texts, pdf_lines

pytestmark = pytest.mark.django_db


@pytest.fixture
def formula_alliance():
    admin = f.admin()
    alliance = world.alliance(admin=admin, name=HYPERLINK)
    studio = world.member(alliance, admin=admin, name=FORMULAS[1][:40])
    services.record_activity(alliance, by=admin, kind="exchange_visit", title="交流",
                             held_on=datetime.date(2023, 6, 15), minutes=FORMULAS[2])
    return alliance, studio


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_formula_like_names_and_minutes_start_no_line_of_the_yearly_report(formula_alliance, fmt):
    alliance, studio = formula_alliance
    url = reverse("alliances:report", args=[alliance.pk, 2023]) + ("?format=pdf" if fmt == "pdf" else "")
    answer = client_of(studio.leader).get(url)
    assert answer.status_code == 200
    texts = docx_texts(answer.content) if fmt == "docx" else pdf_lines(answer.content)
    joined = "\n".join(texts)
    assert f"'{FORMULAS[2]}" in joined and f"'{FORMULAS[1][:40]}" in joined


def test_a_year_beyond_the_calendar_is_not_found(formula_alliance):
    alliance, studio = formula_alliance
    assert client_of(studio.leader).get(reverse("alliances:report", args=[alliance.pk, 10000])).status_code == 404
