"""A meeting's decisions on several items are recorded together: all of them or none."""

import pytest

from huishang.cases.models import Assignment
from huishang.cases.states import State
from huishang.core.errors import NotAllowed, ValidationError
from huishang.meetings import services
from huishang.meetings.models import AgendaItem
from tests import factories as f
from tests.cases.worlds import in_fortnight

pytestmark = pytest.mark.django_db


def agenda(office, count, meeting=None):
    meeting = meeting or f.consultation(by=office)
    return meeting, [services.add_to_agenda(meeting, f.accepted_matter(by_office=office, title=f"议题{n}"), by=office)
                     for n in range(count)]


def assigned_to(lead, item):
    return {"item": item, "outcome": "assigned", "decision": "由经信局牵头", "lead_unit": lead,
            "due": in_fortnight()}


def states(items):
    return [(item.outcome, item.matter.state) for item in AgendaItem.objects.filter(pk__in=[i.pk for i in items])]


def test_the_office_assigns_every_item_of_a_meeting_at_once():
    office, lead = f.office(), f.unit()
    meeting, items = agenda(office, 3)
    services.decide_all(meeting, by=office, decisions=[assigned_to(lead, item) for item in items])
    assert states(items) == [("assigned", State.ASSIGNED)] * 3
    assert Assignment.objects.filter(lead_unit=lead).count() == 3


def test_one_refused_decision_leaves_every_item_of_the_batch_undecided():
    office, lead = f.office(), f.unit()
    meeting, items = agenda(office, 3)
    decisions = [assigned_to(lead, item) for item in items]
    decisions[2]["lead_unit"] = None
    with pytest.raises(ValidationError) as refused:
        services.decide_all(meeting, by=office, decisions=decisions)
    assert refused.value.field == "lead_unit"
    assert states(items) == [("pending", State.ON_AGENDA)] * 3
    assert not Assignment.objects.exists()


def test_an_item_of_another_meeting_is_refused_by_name():
    office, lead = f.office(), f.unit()
    meeting, items = agenda(office, 1)
    _other, foreign = agenda(office, 1)
    with pytest.raises(ValidationError) as refused:
        services.decide_all(meeting, by=office, decisions=[assigned_to(lead, items[0]), assigned_to(lead, foreign[0])])
    assert refused.value.field == "item"
    assert states(items + foreign) == [("pending", State.ON_AGENDA)] * 2


def test_only_the_service_office_decides():
    office, lead = f.office(), f.unit()
    meeting, items = agenda(office, 2)
    with pytest.raises(NotAllowed):
        services.decide_all(meeting, by=f.supervisor(), decisions=[assigned_to(lead, item) for item in items])
    assert states(items) == [("pending", State.ON_AGENDA)] * 2
