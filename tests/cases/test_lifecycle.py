"""The life of a matter of PRODUCT.md, end to end through the services."""

import pytest

from huishang.cases import services
from huishang.cases.states import State
from huishang.meetings import services as meetings
from tests import factories as f
from tests.cases.worlds import cast, in_fortnight

pytestmark = pytest.mark.django_db


def test_a_problem_goes_from_submission_through_a_meeting_to_closure_with_every_step_in_the_trail():
    people = cast()
    matter = f.matter(by=people.contact)
    services.accept(matter, by=people.office)
    item = meetings.add_to_agenda(f.consultation(by=people.office), matter, by=people.office)
    meetings.decide(item, by=people.office, outcome="assigned", lead_unit=people.handler.organization,
                    due=in_fortnight(), decision="人社局牵头")
    matter.refresh_from_db()
    services.acknowledge(matter, by=people.handler)
    services.respond(matter, by=people.handler, content="已对接招聘会")
    services.review(matter, by=people.contact, satisfied=False, note="人还没招到")
    services.respond(matter, by=people.handler, content="已招到30人")
    services.review(matter, by=people.contact, satisfied=True, method="online")
    services.close(matter, by=people.supervisor)

    steps = [(t.action, t.from_state, t.to_state) for t in matter.trail.all()]
    assert steps == [
        ("submit", "", State.SUBMITTED),
        ("accept", State.SUBMITTED, State.ACCEPTED),
        ("put_on_agenda", State.ACCEPTED, State.ON_AGENDA),
        ("assign", State.ON_AGENDA, State.ASSIGNED),
        ("acknowledge", State.ASSIGNED, State.IN_PROGRESS),
        ("respond", State.IN_PROGRESS, State.RESPONDED),
        ("continue", State.RESPONDED, State.IN_PROGRESS),
        ("respond", State.IN_PROGRESS, State.RESPONDED),
        ("resolve", State.RESPONDED, State.RESOLVED),
        ("close", State.RESOLVED, State.CLOSED),
    ]
    matter.refresh_from_db()
    assert matter.state == State.CLOSED and matter.resolved_at is not None
    assert [r.satisfied for r in matter.reviews.all()] == [False, True]
