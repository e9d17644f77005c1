"""An anonymous applicant's formula-like school or major is text in every stage's export (CWE-1236)."""

import pytest

from huishang.recruitment.models import Application
from tests import factories as f
from tests.formulas import FORMULAS, assert_kept_as_text, xlsx_cells
from tests.recruitment.rounds import apply, proofreader_round

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("stage", ["applications", "review"])
def test_an_applicants_formula_is_text_in_the_staff_export(client, stage):
    office = f.office()
    round_ = proofreader_round(office)
    for formula in FORMULAS:
        apply(round_, major=formula, school=formula[:40])
    client.force_login(office)
    response = client.get(f"/recruitment/rounds/{round_.pk}/export/{stage}.xlsx")
    assert response.status_code == 200
    cells = xlsx_cells(response.content)
    if stage == "applications":
        for application in Application.objects.filter(round=round_):
            assert_kept_as_text(cells, application.major)
            assert_kept_as_text(cells, application.school)
