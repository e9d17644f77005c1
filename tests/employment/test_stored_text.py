"""What station and ledger staff type is stored printable (core.text): no control character in a seeker, a job
or a household visit."""

import pytest

from huishang.employment import ledger
from tests.employment import makers

pytestmark = pytest.mark.django_db


def test_a_seekers_and_a_jobs_texts_are_stored_without_control_characters():
    station = makers.station()
    staff = makers.staff_of(station)
    seeker = makers.seeker(station, by=staff, name="钟\u0001爱敏", skills="保洁\u0007、家政", community="南文营\u001b社区")
    job = makers.job(station, by=staff, title="保洁\u0001员", community="南文营\u0000社区")
    seeker.refresh_from_db()
    job.refresh_from_db()
    assert (seeker.name, seeker.skills, seeker.community) == ("钟爱敏", "保洁、家政", "南文营社区")
    assert (job.title, job.community) == ("保洁员", "南文营社区")


def test_a_household_and_its_visits_are_stored_without_control_characters():
    station = makers.station()
    staff = makers.staff_of(station)
    household = ledger.record_household(by=staff, number="H\u0001001", region=station.region, community="南文营社区",
                                        address="南文营村\u00071号")
    visit = ledger.record_visit(by=staff, household=household, note="了解\u0001就业意愿")
    assert (household.number, household.address, visit.note) == ("H001", "南文营村1号", "了解就业意愿")
