"""Consultation meetings: their numbers, their agendas and the decisions that assign matters."""

import datetime

import pytest

from huishang.cases.states import State
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.meetings import services
from huishang.meetings.models import AgendaItem
from huishang.meetings.numerals import chinese_number
from huishang.meetings.selectors import visible_meetings
from tests import factories as f
from tests.cases.worlds import in_fortnight

pytestmark = pytest.mark.django_db


def test_meetings_are_numbered_within_their_year_and_titled_in_chinese():
    office = f.office()
    titles = [services.create_meeting(by=office, held_on=datetime.date(2023, month, 1)).title for month in range(1, 11)]
    next_year = services.create_meeting(by=office, held_on=datetime.date(2024, 1, 5))
    assert titles[0] == "2023年第一次企业化解难题问题会商会"
    assert titles[9] == "2023年第十次企业化解难题问题会商会"
    assert next_year.sequence == 1
    joint = services.create_meeting(by=office, kind="joint", held_on=datetime.date(2023, 10, 31))
    assert joint.title == "2023年第一次联席会议"


@pytest.mark.parametrize("n,written", [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五")])
def test_chinese_numbers_are_written_as_in_meeting_titles(n, written):
    assert chinese_number(n) == written


def test_only_the_service_office_organises_meetings():
    for person in (f.enterprise_contact(), f.unit_handler(), f.supervisor(), f.leader()):
        with pytest.raises(NotAllowed):
            services.create_meeting(by=person, held_on=datetime.date.today())
    assert services.create_meeting(by=f.admin(), held_on=datetime.date.today(), region=f.region())


def test_meeting_needs_a_date():
    with pytest.raises(ValidationError) as refused:
        services.create_meeting(by=f.office(), held_on="next week")
    assert refused.value.field == "held_on"


def test_putting_a_matter_on_the_agenda_moves_it_on_agenda_and_only_accepted_matters_can_go():
    office = f.office()
    meeting = f.consultation(by=office)
    matter = f.accepted_matter(by_office=office)
    item = services.add_to_agenda(meeting, matter, by=office)
    matter.refresh_from_db()
    assert (item.order, matter.state) == (1, State.ON_AGENDA)
    with pytest.raises(InvalidTransition):
        services.add_to_agenda(meeting, f.matter(), by=office)


def test_a_decision_to_assign_performs_the_assignment_through_the_matter_service():
    office, handler = f.office(), f.unit_handler()
    meeting = f.consultation(by=office)
    item = services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    services.decide(item, by=office, outcome="assigned", decision="由人社局牵头", lead_unit=handler.organization,
                    due=in_fortnight())
    item.refresh_from_db()
    matter = item.matter
    assert matter.state == State.ASSIGNED and item.assignment.lead_unit == handler.organization
    assert matter.trail.last().note == f"{meeting.title}：由人社局牵头"
    with pytest.raises(InvalidTransition):
        services.decide(item, by=office, outcome="deferred")


def test_a_decision_without_a_lead_unit_is_refused_and_leaves_the_item_undecided():
    office = f.office()
    item = services.add_to_agenda(f.consultation(by=office), f.accepted_matter(by_office=office), by=office)
    with pytest.raises(ValidationError) as refused:
        services.decide(item, by=office, outcome="assigned", due=in_fortnight())
    assert refused.value.field == "lead_unit"
    item.refresh_from_db()
    assert item.outcome == AgendaItem.Outcome.PENDING and item.matter.state == State.ON_AGENDA


def test_a_deferred_matter_can_go_before_the_next_meeting_but_not_two_at_once():
    office = f.office()
    first, second, third = (f.consultation(by=office) for _ in range(3))
    matter = f.accepted_matter(by_office=office)
    item = services.add_to_agenda(first, matter, by=office)
    with pytest.raises(InvalidTransition):
        services.add_to_agenda(second, matter, by=office)
    services.decide(item, by=office, outcome="deferred", decision="补充材料")
    matter.refresh_from_db()
    assert services.add_to_agenda(second, matter, by=office).outcome == AgendaItem.Outcome.PENDING
    with pytest.raises(InvalidTransition):
        services.add_to_agenda(third, matter, by=office)


def test_removing_an_undecided_item_returns_the_matter_to_accepted():
    office = f.office()
    meeting = f.consultation(by=office)
    item = services.add_to_agenda(meeting, f.accepted_matter(by_office=office), by=office)
    matter = item.matter
    services.remove_from_agenda(item, by=office)
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED and not meeting.agenda_items.exists()


def test_enterprise_sees_only_meetings_that_discussed_its_matters():
    office = f.office()
    contact = f.enterprise_contact()
    ours, other = f.consultation(by=office), f.consultation(by=office)
    services.add_to_agenda(ours, f.accepted_matter(by_office=office, by=contact), by=office)
    services.add_to_agenda(other, f.accepted_matter(by_office=office), by=office)
    assert list(visible_meetings(contact)) == [ours]
    assert set(visible_meetings(f.leader())) == {ours, other}


def test_the_service_office_records_the_minutes_and_others_may_not():
    office = f.office()
    meeting = f.consultation(by=office)
    services.record_minutes(meeting, by=office, minutes="  会议研究了3个问题。 ")
    meeting.refresh_from_db()
    assert meeting.minutes == "会议研究了3个问题。"
    with pytest.raises(NotAllowed):
        services.record_minutes(meeting, by=f.leader(), minutes="改写")


def test_withdrawing_a_matter_takes_it_off_the_agenda_it_waits_on_or_back_from_a_deferral():
    office = f.office()
    waiting = f.accepted_matter(by_office=office)
    meeting = f.consultation(by=office)
    services.add_to_agenda(meeting, waiting, by=office)
    services.withdraw_from_agenda(waiting, by=office)
    deferred = f.accepted_matter(by_office=office)
    item = services.add_to_agenda(meeting, deferred, by=office)
    services.decide(item, by=office, outcome="deferred")
    services.withdraw_from_agenda(deferred, by=office, note="企业已自行解决")
    for matter in (waiting, deferred):
        matter.refresh_from_db()
        assert matter.state == State.ACCEPTED
    assert list(meeting.agenda_items.values_list("matter", flat=True)) == [deferred.pk]
    with pytest.raises(NotAllowed):
        services.withdraw_from_agenda(deferred, by=f.enterprise_contact())
