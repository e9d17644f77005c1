"""The ledger an office downloads keeps an enterprise's formula-like text as text (CWE-1236), and a character
that XML cannot carry never stops the download."""

import pytest

from huishang.cases import services
from huishang.cases.models import Matter
from tests import factories as f
from tests.api.client import as_user
from tests.formulas import FORMULAS, HYPERLINK, assert_kept_as_text, xlsx_cells

pytestmark = pytest.mark.django_db


def _submitted(contact, title, description):
    response = as_user(contact).post("/matters", {"title": title, "description": description, "category": "talent"})
    assert response.status_code == 201, response.content
    return Matter.objects.get(number=response.json()["number"])


def test_an_enterprises_formula_in_a_title_or_description_is_text_in_the_offices_ledger():
    f.category()
    contact = f.enterprise_contact()
    matters = [_submitted(contact, formula[:60], formula) for formula in FORMULAS]
    cells = xlsx_cells(as_user(f.office()).get("/ledgers/matters.xlsx").content)
    for matter in matters:
        assert_kept_as_text(cells, matter.title)
        assert_kept_as_text(cells, matter.description)
    assert any(cell.value == HYPERLINK for cell in cells)


def test_a_formula_in_a_units_response_is_text_in_the_ledgers_progress_column():
    matter = f.assigned_matter()
    handler = f.unit_handler(of=matter.lead_unit)
    services.acknowledge(matter, by=handler)
    services.respond(matter, by=handler, content="=1+2")
    cells = xlsx_cells(as_user(f.office()).get("/ledgers/matters.xlsx").content)
    progress = [cell for cell in cells if isinstance(cell.value, str) and cell.value.endswith("：=1+2")]
    assert progress and all(cell.data_type == "s" for cell in progress)


def test_a_control_character_sent_through_the_api_is_not_stored_and_the_ledger_downloads():
    f.category()
    matter = _submitted(f.enterprise_contact(), "a\u0001b", "第一行\r\n第二行\u0000\u0085")
    assert (matter.title, matter.description) == ("ab", "第一行\n第二行")
    response = as_user(f.office()).get("/ledgers/matters.xlsx")
    assert response.status_code == 200
    assert any(cell.value == "ab" for cell in xlsx_cells(response.content))


def test_a_control_character_stored_before_intake_cleaned_text_does_not_stop_the_ledger():
    matter = f.matter()
    Matter.objects.filter(pk=matter.pk).update(title="a\u0001b", description="=x\u001f")
    response = as_user(f.office()).get("/ledgers/matters.xlsx")
    assert response.status_code == 200
    cells = xlsx_cells(response.content)
    assert any(cell.value == "ab" for cell in cells)
    assert_kept_as_text(cells, "=x")
