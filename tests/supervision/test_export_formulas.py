"""The supervision board's workbook keeps an enterprise's formula-like title as text (CWE-1236)."""

import datetime

import pytest

from huishang.cases import services
from huishang.core import clock
from huishang.supervision.cards import compute_cards
from tests import factories as f
from tests.cases.worlds import cast
from tests.formulas import HYPERLINK, assert_kept_as_text, xlsx_cells
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db
YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)


def test_an_overdue_carded_matters_formula_title_is_text_in_the_board_export():
    people = cast()
    with clock.frozen_at(datetime.datetime.combine(YESTERDAY - datetime.timedelta(days=20), datetime.time(10))):
        matter = f.matter(by=people.contact, title=HYPERLINK)
        services.accept(matter, by=people.office)
        services.assign(matter, by=people.office, lead_unit=people.handler.organization, due=YESTERDAY)
    compute_cards()
    response = signed_in(people.supervisor).get("/supervision/export.xlsx")
    assert response.status_code == 200
    cells = xlsx_cells(response.content)
    assert_kept_as_text(cells, HYPERLINK)
    assert len([cell for cell in cells if cell.value == HYPERLINK]) == 2  # the overdue sheet and the cards sheet
