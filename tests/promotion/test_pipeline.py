"""A lead moves one stage at a time, contacted → negotiating → signed → landed, each step on the trail."""

import datetime

import pytest

from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.promotion import services
from huishang.promotion.models import Lead, Stage
from tests import factories as f
from tests.promotion.leads import at, lead

pytestmark = pytest.mark.django_db


def test_a_new_lead_is_contacted_today_with_a_trail_entry():
    subject = lead(day=datetime.date(2023, 3, 1))
    assert subject.stage == Stage.CONTACTED and subject.contacted_on == datetime.date(2023, 3, 1)
    assert [step.to_stage for step in subject.transitions.all()] == [Stage.CONTACTED]


def test_the_lead_walks_the_whole_pipeline_and_records_each_day():
    office = f.office()
    subject = lead(office)
    for to, day in ((Stage.NEGOTIATING, 10), (Stage.SIGNED, 20), (Stage.LANDED, 30)):
        with at(datetime.date(2023, 4, day)):
            subject = services.advance(subject, by=office, to=to, planned_seats=300)
    assert (subject.negotiating_on.day, subject.signed_on.day, subject.landed_on.day) == (10, 20, 30)
    assert [step.to_stage for step in subject.transitions.all()] == [
        Stage.CONTACTED, Stage.NEGOTIATING, Stage.SIGNED, Stage.LANDED]


def test_a_stage_cannot_be_skipped():
    office = f.office()
    with pytest.raises(InvalidTransition):
        services.advance(lead(office), by=office, to=Stage.SIGNED, planned_seats=100)


def test_a_lead_does_not_go_back():
    office = f.office()
    subject = services.advance(lead(office), by=office, to=Stage.NEGOTIATING)
    with pytest.raises(InvalidTransition):
        services.advance(subject, by=office, to=Stage.CONTACTED)


def test_signing_needs_planned_seats():
    office = f.office()
    subject = services.advance(lead(office), by=office, to=Stage.NEGOTIATING)
    with pytest.raises(ValidationError) as refused:
        services.advance(subject, by=office, to=Stage.SIGNED)
    assert refused.value.field == "planned_seats"


def test_a_stale_version_is_refused():
    office = f.office()
    subject = lead(office)
    read_earlier = Lead.objects.get(pk=subject.pk)
    services.advance(subject, by=office, to=Stage.NEGOTIATING)
    services.record_visit(subject, by=office, visited_on=subject.contacted_on, notes="电话回访")
    read_earlier.stage, read_earlier.version = Stage.NEGOTIATING, read_earlier.version + 1
    with pytest.raises(ConcurrentChange):
        services.advance(read_earlier, by=office, to=Stage.SIGNED, planned_seats=10)


@pytest.mark.parametrize("make", [f.supervisor, f.leader, f.enterprise_contact, f.unit_handler])
def test_only_the_office_moves_a_lead(make):
    with pytest.raises(NotAllowed):
        services.advance(lead(), by=make(), to=Stage.NEGOTIATING)


def test_the_office_of_another_region_does_not_move_a_lead():
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    with pytest.raises(NotAllowed):
        services.advance(lead(), by=elsewhere, to=Stage.NEGOTIATING)


def test_a_visit_sets_the_next_step_and_the_last_activity():
    office = f.office()
    subject = lead(office, day=datetime.date(2023, 3, 1))
    with at(datetime.date(2023, 3, 20)):
        services.record_visit(subject, by=office, visited_on=datetime.date(2023, 3, 18), notes="考察园区",
                              next_step="报送投资意向书", next_step_due=datetime.date(2023, 4, 1))
    subject.refresh_from_db()
    assert (subject.next_step, subject.last_activity_on) == ("报送投资意向书", datetime.date(2023, 3, 18))


def test_a_visit_cannot_be_in_the_future():
    office = f.office()
    subject = lead(office, day=datetime.date(2023, 3, 1))
    with at(datetime.date(2023, 3, 2)), pytest.raises(ValidationError) as refused:
        services.record_visit(subject, by=office, visited_on=datetime.date(2023, 3, 3), notes="考察")
    assert refused.value.field == "visited_on"


def test_a_lead_needs_its_enterprise_name():
    with pytest.raises(ValidationError) as refused:
        services.open_lead(by=f.office(), enterprise_name=" ", project="客服中心", region=f.region())
    assert refused.value.field == "enterprise_name"
