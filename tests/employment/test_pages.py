"""The employment pages: masked personal data, refusals with the field named, and who reaches them."""

import pytest

from huishang.employment import ledger
from tests import factories as f
from tests.employment import makers as m
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def test_the_household_page_shows_id_numbers_and_phones_masked():
    station = m.station()
    staff = m.staff_of(station)
    household = ledger.record_household(by=staff, number="RD-1", region=station.region, community="南文营社区")
    full_id = m.id_number()
    ledger.add_member(by=staff, household=household, name="钟爱敏", id_number=full_id, phone="13812345678",
                      status="unemployed")
    page = signed_in(staff).get(f"/employment/ledger/{household.pk}/")
    assert page.status_code == 200
    assert full_id not in page.content.decode() and "13812345678" not in page.content.decode()
    assert "138****5678" in text_of(page)


def test_an_enterprise_contact_does_not_reach_the_employment_pages():
    station = m.station()
    client = signed_in(f.enterprise_contact())
    assert client.get("/employment/").status_code == 403
    assert client.get("/employment/ledger/").status_code == 403
    assert client.get(f"/employment/stations/{station.pk}/").status_code == 404


def test_registering_a_seeker_without_skills_names_the_field_in_chinese():
    station = m.station()
    response = signed_in(m.staff_of(station)).post(f"/employment/stations/{station.pk}/seekers/", {
        "seeker-name": "钟爱敏", "seeker-phone": "13812345678", "seeker-region": station.region.pk,
        "seeker-available_from": "08:00", "seeker-available_to": "18:00", "seeker-expected_wage": "2500"})
    assert response.status_code == 422
    assert "技能" in text_of(response)


def test_a_sheet_with_bad_rows_comes_back_with_each_row_named():
    station = m.station()
    upload = m.sheet(["RD-1", "南文营社区", "", "钟爱敏", "130629196905121234", "", "求职中", "", "", ""])
    response = signed_in(m.staff_of(station)).post("/employment/ledger/import/", {
        "region": station.region.pk, "file": upload})
    assert response.status_code == 422
    assert "2" in text_of(response) and "身份证号" in text_of(response)
