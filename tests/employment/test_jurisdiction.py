"""Job stations, seekers, jobs and the household ledger stay in the acting account's jurisdiction (管辖范围)."""

import pytest
from django.test import Client

from huishang.core.errors import NotAllowed
from huishang.directory.models import Role
from huishang.employment import ledger
from huishang.employment.forms import JobForm, LedgerImportForm, SeekerForm
from huishang.employment.models import Household, Job, Seeker
from huishang.employment.permissions import runs_station, visible_households, visible_stations
from tests import factories as f
from tests.api.client import as_user, token_of
from tests.employment import makers as m

pytestmark = pytest.mark.django_db

SEEKER = {"name": "钟爱敏", "phone": "13812345678", "community": "南文营社区", "skills": "保洁、家政",
          "available_from": "08:00", "available_to": "18:00", "expected_wage": 2500}
JOB = {"title": "保洁员", "employer": "南文营社区养老服务驿站", "skills": "保洁", "starts_at": "09:00",
       "ends_at": "17:00", "wage": 2600}


def neijiang():
    return f.region("511000", "内江市")


def test_station_staff_register_a_seeker_and_post_a_job_in_their_own_area():
    station = m.station()
    api = as_user(m.staff_of(station))
    assert api.post(f"/employment/stations/{station.pk}/seekers",
                    {**SEEKER, "region": station.region.code}).status_code == 201
    assert api.post(f"/employment/stations/{station.pk}/jobs", {**JOB, "region": station.region.code}).status_code == 201


def test_a_seeker_or_job_placed_in_another_jurisdiction_is_refused_with_403_naming_the_region():
    station = m.station()
    api = as_user(m.staff_of(station))
    for path, body in (("seekers", SEEKER), ("jobs", JOB)):
        refused = api.post(f"/employment/stations/{station.pk}/{path}", {**body, "region": neijiang().code})
        assert refused.status_code == 403, path
        assert refused.json()["field"] == "region"
    assert not Seeker.objects.exists() and not Job.objects.exists()


def test_staff_of_a_station_outside_their_jurisdiction_do_not_run_it():
    station = m.station()
    stranger = f.user(Role.OFFICE, scope=neijiang())
    station.staff.add(stranger)
    assert not runs_station(stranger, station)
    assert not visible_stations(stranger).exists()


def test_a_household_of_another_jurisdiction_is_refused_naming_the_region():
    station = m.station()
    with pytest.raises(NotAllowed) as refused:
        ledger.record_household(by=m.staff_of(station), number="NJ-1", region=neijiang(), community="东兴")
    assert refused.value.field == "region"
    assert not Household.objects.exists()


def test_a_ledger_sheet_for_a_region_of_another_jurisdiction_is_refused_with_403_naming_the_region():
    station = m.station()
    upload = m.sheet(["NJ-1", "东兴社区", "", "钟爱敏", m.id_number(), "", "求职中", "", "", ""])
    response = Client().post("/api/v1/employment/ledger/import", {"region": neijiang().code, "file": upload},
                             headers={"Authorization": f"Bearer {token_of(m.staff_of(station))}"})
    assert response.status_code == 403
    assert response.json()["field"] == "region"
    assert not Household.objects.exists()


def test_the_lists_of_a_region_scoped_account_show_only_its_jurisdiction():
    xiongan_station, neijiang_station = m.station(), m.station(in_region=neijiang())
    for station in (xiongan_station, neijiang_station):
        ledger.record_household(by=m.staff_of(station), number=f"H-{station.pk}", region=station.region,
                                community="社区")
    office = f.office(scope=neijiang())
    assert list(visible_stations(office)) == [neijiang_station]
    assert [household.region for household in visible_households(office)] == [neijiang()]
    listed = as_user(f.leader(scope=neijiang())).get("/employment/stations").json()
    assert [station["id"] for station in listed] == [neijiang_station.pk]
    assert visible_stations(f.admin()).count() == 2


def test_the_area_choices_offer_only_the_jurisdiction():
    station = m.station()
    neijiang()
    staff = m.staff_of(station)
    for form in (SeekerForm(user=staff), JobForm(user=staff), LedgerImportForm(user=staff)):
        assert list(form.fields["region"].queryset) == [station.region]
