"""Every stage of a round exports to .xlsx, with ID numbers and phones masked, for staff only."""

import io

import pytest
from openpyxl import load_workbook

from tests import factories as f
from tests.recruitment.published import published_round

pytestmark = pytest.mark.django_db


def sheet(response):
    return [list(row) for row in load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True)]


@pytest.mark.parametrize("stage, rows", [("applications", 4), ("review", 4), ("scores", 4), ("result", 4)])
def test_each_stage_exports_its_rows(client, stage, rows):
    round_, office = published_round()
    client.force_login(office)
    response = client.get(f"/recruitment/rounds/{round_.pk}/export/{stage}.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert len(sheet(response)) == 2 + rows


def test_exports_mask_id_numbers_and_phones(client):
    round_, office = published_round()
    client.force_login(office)
    cells = {str(cell) for row in sheet(client.get(f"/recruitment/rounds/{round_.pk}/export/applications.xlsx"))
             for cell in row}
    for application in round_.applications.all():
        assert application.id_number not in cells
        assert application.phone not in cells


def test_an_enterprise_contact_cannot_export(client):
    round_, _office = published_round()
    client.force_login(f.enterprise_contact())
    assert client.get(f"/recruitment/rounds/{round_.pk}/export/scores.xlsx").status_code == 403
