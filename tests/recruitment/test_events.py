"""Recruitment events record employers, positions and intentions; the figures count them per period."""

import datetime

import pytest

from huishang.core.errors import NotAllowed, ValidationError
from huishang.figures.scopes import scope_from
from huishang.recruitment import events
from huishang.recruitment.figures import recruitment_figures
from huishang.recruitment.models import Event, University
from tests import factories as f

pytestmark = pytest.mark.django_db


def job_fair(office, day=datetime.date(2023, 5, 10)):
    return events.hold_event(by=office, kind=Event.Kind.NIGHT_MARKET, title="招聘夜市", held_on=day, region=f.region())


def test_a_campus_session_names_its_university():
    office = f.office()
    with pytest.raises(ValidationError) as refused:
        events.hold_event(by=office, kind=Event.Kind.CAMPUS, title="校园招聘", held_on=datetime.date(2023, 5, 1),
                          region=f.region())
    assert refused.value.field == "university"


def test_a_job_fair_names_no_university():
    university = University.objects.create(name="内江师范学院")
    with pytest.raises(ValidationError):
        events.hold_event(by=f.office(), kind=Event.Kind.JOB_FAIR, title="招聘会", held_on=datetime.date(2023, 5, 1),
                          region=f.region(), university=university)


@pytest.mark.parametrize("make", [f.supervisor, f.leader, f.enterprise_contact])
def test_only_the_office_records_events(make):
    with pytest.raises(NotAllowed):
        job_fair(make())


def test_an_employer_joins_an_event_once():
    office = f.office()
    event = job_fair(office)
    events.add_employer(event, by=office, employer="贝塔斯曼", positions=[("客服专员", 20)])
    with pytest.raises(ValidationError) as refused:
        events.add_employer(event, by=office, employer="贝塔斯曼", positions=[])
    assert refused.value.field == "employer"


def test_the_figures_count_events_intentions_positions_and_universities_in_the_period():
    office = f.office()
    fair = job_fair(office)
    taking_part = events.add_employer(fair, by=office, employer="贝塔斯曼", positions=[("客服专员", 20), ("质检", 2)])
    events.record_intentions(taking_part, by=office, candidates=[("张三", "客服专员"), ("李四", "")])
    university = University.objects.create(name="内江师范学院")
    campus = events.hold_event(by=office, kind=Event.Kind.CAMPUS, title="内江师院校园招聘会",
                               held_on=datetime.date(2023, 6, 1), region=f.region(), university=university)
    at_campus = events.add_employer(campus, by=office, employer="大宇宙", positions=[("电商运营", 5)])
    events.record_intentions(at_campus, by=office, candidates=[("王五", "电商运营")])
    figures = recruitment_figures(scope_from(date_from="2023-01-01", date_to="2023-12-31"))
    assert (figures["events"], figures["intentions"], figures["campus_events"], figures["campus_intentions"],
            figures["universities"], figures["positions"]) == (1, 2, 1, 1, 1, 3)
    assert set(recruitment_figures(scope_from(date_from="2023-05-11", date_to="2023-05-31")).values()) == {0}


def test_the_events_page_is_for_staff(client):
    job_fair(f.office())
    client.force_login(f.supervisor())
    assert client.get("/recruitment/events/").status_code == 200
    client.force_login(f.enterprise_contact())
    assert client.get("/recruitment/events/").status_code == 403
