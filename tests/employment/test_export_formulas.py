"""The household ledger export keeps formula-like text typed on a visit as text (CWE-1236)."""

import pytest

from huishang.employment import ledger
from tests.employment import makers as m
from tests.formulas import FORMULAS, HYPERLINK, assert_kept_as_text, xlsx_cells
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


def test_formulas_in_a_households_address_and_a_members_wishes_are_text_in_the_export():
    station = m.station()
    staff = m.staff_of(station)
    household = ledger.record_household(by=staff, number="RD-0009", region=station.region, community="南文营社区",
                                        address=HYPERLINK)
    ledger.add_member(by=staff, household=household, name="钟爱敏", id_number=m.id_number(), phone="13812345678",
                      status="unemployed", wish=FORMULAS[1], training_need=FORMULAS[2], skills=FORMULAS[3])
    response = signed_in(staff).get("/employment/ledger/export/")
    assert response.status_code == 200
    cells = xlsx_cells(response.content)
    for text in (HYPERLINK, *FORMULAS[1:4]):
        assert_kept_as_text(cells, text)
