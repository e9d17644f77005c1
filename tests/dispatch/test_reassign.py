"""改派: the office moves a matter being handled to another unit; the old unit is told and its clock stops."""

import datetime

import pytest

from huishang.cases import services as matter_services
from huishang.cases.models import Assignment, Transition
from huishang.cases.selectors import can_view, current_assignment
from huishang.cases.states import Action, State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.dispatch import services
from huishang.notifications.models import Notification
from huishang.supervision.cards import compute_cards
from huishang.supervision.deadlines import is_overdue
from huishang.supervision.models import Card
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, in_fortnight, matter_in
from tests.supervision.conftest import START, at, handed_out

pytestmark = pytest.mark.django_db

LATE = START + datetime.timedelta(days=14)  # two working weeks after the assignment


@pytest.fixture
def people():
    return cast()


def reassigned(matter, people, new_unit, *, on=LATE, due=LATE + datetime.timedelta(days=14)):
    with clock.frozen_at(at(on)):
        return services.reassign(matter, by=people.office, lead_unit=new_unit, due=due, reason="职责调整，由商务局办理")


def test_reassigning_tells_the_old_units_handlers(people):
    matter = handed_out(people)
    new_unit = f.unit("内江市商务局")
    reassigned(matter, people, new_unit)
    told = Notification.objects.get(recipient=people.handler, key__startswith="reassigned:")
    assert matter.number in told.subject
    assert "内江市商务局" in told.body and "职责调整" in told.body


def test_reassigning_stops_the_old_units_clock_and_starts_the_new_ones(people):
    matter = handed_out(people, due=START + datetime.timedelta(days=3))
    assert is_overdue(matter, today=LATE)
    compute_cards(today=LATE)
    assert Card.objects.get(matter=matter, cleared_at=None).level == Card.Level.YELLOW
    new_unit = f.unit("内江市商务局")
    assignment = reassigned(matter, people, new_unit, due=LATE + datetime.timedelta(days=14))
    matter.refresh_from_db()
    old = Assignment.objects.get(matter=matter, lead_unit=people.handler.organization)
    assert old.ended_at == at(LATE) and old.end_reason == "职责调整，由商务局办理"
    assert current_assignment(matter) == assignment and assignment.assigned_at == at(LATE)
    # The new unit's step limits (签收, first response) run from the reassignment.
    assert assignment.acknowledge_due > at(LATE) and assignment.response_due > at(LATE)
    assert (matter.state, matter.lead_unit, matter.due) == (State.ASSIGNED, new_unit, LATE + datetime.timedelta(days=14))
    assert not is_overdue(matter, today=LATE)
    compute_cards(today=LATE)
    assert not Card.objects.filter(matter=matter, cleared_at=None).exists()
    # The new unit's clock runs from its own assignment: past its deadline the matter is overdue again.
    assert is_overdue(matter, today=LATE + datetime.timedelta(days=15))


def test_after_reassigning_the_new_unit_signs_and_the_old_one_no_longer_acts_as_lead(people):
    matter = handed_out(people)
    new_handler = f.unit_handler(f.unit("内江市商务局"))
    reassigned(matter, people, new_handler.organization)
    matter.refresh_from_db()
    with pytest.raises(NotAllowed):
        matter_services.acknowledge(matter, by=people.handler)
    matter_services.acknowledge(matter, by=new_handler)
    assert matter.state == State.IN_PROGRESS
    # The old unit keeps seeing what it was once assigned.
    assert can_view(people.handler, matter)


def test_the_trail_shows_the_old_and_the_new_unit(people):
    matter = handed_out(people)
    old_name = people.handler.organization.name
    reassigned(matter, people, f.unit("内江市商务局"))
    entry = Transition.objects.filter(matter=matter).last()
    assert (entry.action, entry.from_state, entry.to_state) == (Action.REASSIGN, State.IN_PROGRESS, State.ASSIGNED)
    assert old_name in entry.note and "内江市商务局" in entry.note and "职责调整" in entry.note


@pytest.mark.parametrize("who", ["handler", "contact", "supervisor"])
def test_only_the_office_reassigns(people, who):
    matter = handed_out(people)
    with pytest.raises(NotAllowed):
        services.reassign(matter, by=getattr(people, who), lead_unit=f.unit(), due=in_fortnight(), reason="调整")
    assert current_assignment(matter).lead_unit == people.handler.organization


@pytest.mark.parametrize("state", [State.ASSIGNED, State.IN_PROGRESS])
def test_a_matter_assigned_or_in_progress_can_be_reassigned(people, state):
    matter = matter_in(state, people)
    services.reassign(matter, by=people.office, lead_unit=f.unit(), due=in_fortnight(), reason="调整")
    assert matter.state == State.ASSIGNED


@pytest.mark.parametrize("state", [State.ACCEPTED, State.RESPONDED, State.RESOLVED])
def test_a_matter_not_being_handled_cannot_be_reassigned(people, state):
    matter = matter_in(state, people)
    with pytest.raises(InvalidTransition):
        services.reassign(matter, by=people.office, lead_unit=f.unit(), due=in_fortnight(), reason="调整")


def test_a_reassignment_needs_a_reason_and_another_unit(people):
    matter = handed_out(people)
    with pytest.raises(ValidationError) as refused:
        services.reassign(matter, by=people.office, lead_unit=f.unit(), due=in_fortnight(), reason=" ")
    assert refused.value.field == "reason"
    with pytest.raises(ValidationError) as refused:
        services.reassign(matter, by=people.office, lead_unit=people.handler.organization, due=in_fortnight(),
                          reason="调整")
    assert refused.value.field == "lead_unit"


def test_the_api_reassigns_for_the_office_and_refuses_the_unit(people):
    matter = matter_in(State.IN_PROGRESS, people)
    new_unit = f.unit("内江市商务局")
    body = {"lead_unit": new_unit.pk, "working_days": 10, "reason": "职责调整"}
    refused = as_user(people.handler).post(f"/matters/{matter.number}/reassign", body)
    assert refused.status_code == 403
    answer = as_user(people.office).post(f"/matters/{matter.number}/reassign", body)
    assert answer.status_code == 200, answer.content
    assert answer.json()["lead_unit"]["id"] == new_unit.pk and answer.json()["state"] == State.ASSIGNED
    old, new = answer.json()["assignments"]
    assert (old["end_reason"], old["ended_at"] is not None, new["ended_at"]) == ("职责调整", True, None)
