"""The station's figures, counted from a hand-built history."""

import datetime

import pytest

from huishang.core import clock
from huishang.employment import ledger, services
from huishang.employment.figures import employment_figures
from huishang.employment.models import Placement
from huishang.figures.scopes import scope_from
from tests import factories as f
from tests.employment import makers as m

pytestmark = pytest.mark.django_db


def at(day, hour):
    return clock.frozen_at(datetime.datetime(2023, 10, day, hour, 0))


def test_registered_matched_placed_and_same_day_rate_follow_the_records_and_the_period():
    station = m.station()
    staff = m.staff_of(station)
    with at(9, 9):
        zhong = m.seeker(station, by=staff, name="钟爱敏")
        late = m.seeker(station, by=staff, name="王秀英", skills="保洁")
        m.seeker(station, by=staff, name="李建国", skills="电工")  # registered, never matched
    with at(9, 17):
        cleaner = m.job(station, by=staff, openings=2)
    with at(9, 19):
        placement = services.match(by=staff, seeker=zhong, job=cleaner)  # same evening
    with at(11, 10):
        services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)
        services.match(by=staff, seeker=late, job=cleaner)  # two days later
    with at(12, 9):
        m.seeker(station, by=staff, name="下个月的人")
    october_9 = employment_figures(scope_from(date_from="2023-10-09", date_to="2023-10-09"))
    assert {key: october_9[key] for key in ("station_registered", "station_matched", "station_placed",
                                            "station_same_day", "station_same_day_rate", "station_jobs",
                                            "station_openings")} == {
        "station_registered": 3, "station_matched": 2, "station_placed": 1, "station_same_day": 1,
        "station_same_day_rate": 50.0, "station_jobs": 1, "station_openings": 2}
    assert employment_figures(scope_from(date_from="2023-10-01", date_to="2023-10-31"))["station_registered"] == 4
    nothing = employment_figures(scope_from(date_from="1990-01-01", date_to="1990-12-31"))
    assert all(value == 0 for value in nothing.values())


def test_ledger_and_training_figures_count_households_and_trainees_who_found_work():
    station = m.station()
    staff = m.staff_of(station)
    with at(1, 9):
        household = ledger.record_household(by=staff, number="RD-1", region=station.region, community="南文营社区")
        ledger.add_member(by=staff, household=household, name="钟爱敏", id_number=m.id_number(), phone="",
                          status="unemployed")
        ledger.add_member(by=staff, household=household, name="钟小明", id_number=m.id_number(), phone="",
                          status="employed")
        trainee = m.seeker(station, by=staff)
        course = services.create_course(by=staff, station=station, title="家政", starts_on=datetime.date(2023, 10, 2),
                                        ends_on=datetime.date(2023, 10, 6))
        enrolment = services.enrol(by=staff, course=course, seeker=trainee)
    with at(6, 17):
        services.complete(by=staff, enrolment=enrolment)
    with at(8, 10):
        placement = services.match(by=staff, seeker=trainee, job=m.job(station, by=staff))
        services.record_outcome(by=staff, placement=placement, outcome=Placement.Outcome.HIRED)
    figures = employment_figures(scope_from(date_from="2023-10-01", date_to="2023-10-31"))
    assert (figures["ledger_households"], figures["ledger_members"], figures["ledger_looking"]) == (1, 2, 1)
    assert (figures["training_enrolled"], figures["training_completed"], figures["training_employed"]) == (1, 1, 1)
    f.region("511000", "内江市")
    assert employment_figures(scope_from(date_from="2023-10-01", date_to="2023-10-31",
                                         region="511000"))["ledger_households"] == 0
