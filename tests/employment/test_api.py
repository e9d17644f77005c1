"""The employment API: masked personal data, row errors in JSON, stations of others unseen."""

import datetime

import pytest
from django.test import Client

from huishang.core import clock
from huishang.employment import ledger, services
from huishang.employment.models import Placement
from tests import factories as f
from tests.api.client import as_user, token_of
from tests.employment import makers as m

pytestmark = pytest.mark.django_db


def test_a_station_registers_a_seeker_and_the_api_ranks_them_for_a_job_with_the_phone_masked():
    station = m.station()
    staff = m.staff_of(station)
    api = as_user(staff)
    registered = api.post(f"/employment/stations/{station.pk}/seekers", {
        "name": "钟爱敏", "phone": "13812345678", "region": station.region.code, "community": "南文营社区",
        "skills": "保洁、家政", "available_from": "08:00", "available_to": "18:00", "expected_wage": 2500})
    assert registered.status_code == 201, registered.content
    assert registered.json()["phone"] == "138****5678"
    job = m.job(station, by=staff)
    ranked = api.get(f"/employment/jobs/{job.pk}/candidates").json()
    assert ranked[0]["seeker"]["name"] == "钟爱敏" and ranked[0]["score"] == 100.0
    matched = api.post("/employment/placements", {"seeker": registered.json()["id"], "job": job.pk})
    assert matched.status_code == 201
    hired = api.post(f"/employment/placements/{matched.json()['id']}/outcome", {"outcome": "hired"})
    assert hired.json()["outcome"] == "hired"


def test_a_seeker_with_a_bad_phone_is_refused_naming_the_field():
    station = m.station()
    refused = as_user(m.staff_of(station)).post(f"/employment/stations/{station.pk}/seekers", {
        "name": "钟爱敏", "phone": "123", "region": station.region.code, "skills": "保洁",
        "available_from": "08:00", "available_to": "18:00", "expected_wage": 2500})
    assert refused.status_code == 422 and refused.json()["field"] == "phone"


def test_an_office_of_another_region_neither_sees_nor_uses_the_station():
    station = m.station()
    job = m.job(station)
    outsider = as_user(f.office(scope=f.region("511000", "内江市")))
    assert outsider.get("/employment/stations").json() == []
    assert outsider.get(f"/employment/jobs/{job.pk}/candidates").status_code == 404
    assert as_user(f.enterprise_contact()).get(f"/employment/stations/{station.pk}/seekers").status_code == 404


def test_households_come_with_id_numbers_and_phones_masked():
    station = m.station()
    staff = m.staff_of(station)
    household = ledger.record_household(by=staff, number="RD-1", region=station.region, community="南文营社区")
    full_id = m.id_number()
    ledger.add_member(by=staff, household=household, name="钟爱敏", id_number=full_id, phone="13812345678",
                      status="unemployed")
    body = as_user(staff).get("/employment/households").content.decode()
    assert full_id not in body and "13812345678" not in body
    assert full_id[:6] + "********" + full_id[-4:] in body and "138****5678" in body


def test_an_imported_sheet_with_bad_rows_answers_422_listing_each_row():
    station = m.station()
    staff = m.staff_of(station)
    upload = m.sheet(["RD-1", "南文营社区", "", "钟爱敏", "130629196905121234", "", "求职中", "", "", ""],
                     ["RD-1", "南文营社区", "", "", m.id_number(), "", "求职中", "", "", ""])
    response = Client().post("/api/v1/employment/ledger/import", {"region": station.region.code, "file": upload},
                             headers={"Authorization": f"Bearer {token_of(staff)}"})
    assert response.status_code == 422
    body = response.json()
    assert [error["field"] for error in body["errors"]] == ["rows.2.id_number", "rows.3.name"]


def test_a_course_is_run_through_the_api_and_shows_who_found_work_afterwards():
    station = m.station()
    staff = m.staff_of(station)
    api = as_user(staff)
    today = datetime.date.today()
    course = api.post(f"/employment/stations/{station.pk}/courses",
                      {"title": "家政服务员培训班", "starts_on": str(today), "ends_on": str(today)})
    assert course.status_code == 201, course.content
    seeker = m.seeker(station, by=staff)
    enrolment = api.post(f"/employment/courses/{course.json()['id']}/enrolments", {"seeker": seeker.pk})
    assert enrolment.status_code == 201
    assert api.post(f"/employment/enrolments/{enrolment.json()['id']}/complete").json()["completed_on"] == str(today)
    with clock.frozen_at(datetime.datetime.combine(today, datetime.time(18, 0))):
        placement = services.match(by=staff, seeker=seeker, job=m.job(station, by=staff))
        services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)
    assert api.get(f"/employment/courses/{course.json()['id']}").json()["enrolments"][0]["found_work"] is True
    outsider = as_user(f.office(scope=f.region("511000", "内江市")))
    assert outsider.get(f"/employment/courses/{course.json()['id']}").status_code == 404
