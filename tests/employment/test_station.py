"""The job station: the matcher ranks a fitting seeker first, matches and outcomes follow their rules."""

import datetime

import pytest

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.employment import matcher, services
from huishang.employment.models import Job, Placement
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db


def test_the_matcher_ranks_the_seeker_who_fits_skill_place_hours_and_wage_first():
    station = m.station()
    # Staff of the new area's level: the neighbouring 容西 lies in their jurisdiction too.
    staff = m.staff_of(station, scope=f.region("133100", "雄安新区"))
    elsewhere = f.region("133100200", "容西片区", parent=f.region("133100", "雄安新区"))
    m.seeker(station, by=staff, name="远处的人", skills="保洁", region=elsewhere, community="")
    m.seeker(station, by=staff, name="只上夜班", skills="保洁", hours=(18, 23))
    m.seeker(station, by=staff, name="电工", skills="电工")
    m.seeker(station, by=staff, name="要价高", skills="保洁", wage=5200)
    m.seeker(station, by=staff, name="钟爱敏", skills="保洁、家政", hours=(8, 18), wage=2500)
    ranked = matcher.seekers_for(m.job(station, by=staff, skills="保洁", hours=(9, 17), wage=2600))
    assert [match.seeker.name for match in ranked][0] == "钟爱敏"
    assert ranked[0].score == 100.0
    assert ranked[-1].seeker.name == "电工"


def test_the_matcher_ranks_the_fitting_job_first_for_a_seeker():
    station = m.station()
    staff = m.staff_of(station)
    m.job(station, by=staff, title="夜班分拣", skills="仓储搬运", hours=(18, 22))
    m.job(station, by=staff, title="保洁员", skills="保洁")
    seeker = m.seeker(station, by=staff)
    assert [match.job.title for match in matcher.jobs_for(seeker)] == ["保洁员", "夜班分拣"]


def test_a_hired_seeker_is_no_longer_proposed_and_a_job_is_filled_when_its_openings_are_taken():
    station = m.station()
    staff = m.staff_of(station)
    seeker = m.seeker(station, by=staff)
    job = m.job(station, by=staff)
    placement = services.match(by=staff, seeker=seeker, job=job)
    services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)
    job.refresh_from_db()
    assert job.state == Job.State.FILLED
    assert matcher.seekers_for(m.job(station, by=staff, title="保洁员2")) == []
    with pytest.raises(InvalidTransition):
        services.match(by=staff, seeker=m.seeker(station, by=staff, name="晚来的人"), job=job)


def test_an_outcome_is_recorded_once():
    station = m.station()
    staff = m.staff_of(station)
    placement = services.match(by=staff, seeker=m.seeker(station, by=staff), job=m.job(station, by=staff))
    services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.DECLINED)
    with pytest.raises(InvalidTransition):
        services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)
    with pytest.raises(ValidationError):
        services.record_outcome(by=staff, placement=Placement.objects.get(), outcome="maybe")


def test_only_the_station_staff_or_its_office_run_the_station():
    station = m.station()
    staff = m.staff_of(station)
    assert m.seeker(station, by=staff)
    assert m.seeker(station, by=f.office(scope=station.region), name="由专班登记")
    for outsider in (f.office(scope=f.region("511000", "内江市")), f.leader(scope=station.region),
                     f.enterprise_contact(), f.unit_handler()):
        with pytest.raises(NotAllowed):
            m.seeker(station, by=outsider, name="不应登记")
        with pytest.raises(NotAllowed):
            m.job(station, by=outsider)


def test_a_seeker_needs_a_valid_phone_and_hours_that_end_after_they_start():
    station = m.station()
    staff = m.staff_of(station)
    with pytest.raises(ValidationError) as refused:
        m.seeker(station, by=staff, phone="12345")
    assert refused.value.field == "phone"
    with pytest.raises(ValidationError) as refused:
        m.seeker(station, by=staff, hours=(18, 8))
    assert refused.value.field == "available_to"


def test_training_completion_comes_after_the_course_and_counts_whether_the_trainee_found_work():
    station = m.station()
    staff = m.staff_of(station)
    seeker = m.seeker(station, by=staff)
    with clock.frozen_at(datetime.datetime(2023, 9, 1, 9)):
        course = services.create_course(by=staff, station=station, title="家政服务员培训班",
                                        starts_on=datetime.date(2023, 9, 11), ends_on=datetime.date(2023, 9, 22))
        enrolment = services.enrol(by=staff, course=course, seeker=seeker)
        with pytest.raises(InvalidTransition):
            services.complete(by=staff, enrolment=enrolment)
    with clock.frozen_at(datetime.datetime(2023, 9, 22, 16)):
        services.complete(by=staff, enrolment=enrolment)
    with pytest.raises(InvalidTransition):
        services.enrol(by=staff, course=course, seeker=seeker)
    with pytest.raises(NotAllowed):
        services.enrol(by=f.enterprise_contact(), course=course, seeker=m.seeker(station, by=staff, name="另一人"))
