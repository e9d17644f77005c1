"""What supervisors and units type about a matter is stored printable (core.text): reminders, escalations,
requests, decisions, visit findings and follow-up notes keep no control character."""

import datetime

import pytest

from huishang.cases.states import State
from huishang.supervision import services
from huishang.supervision.models import FollowUp
from tests import factories as f
from tests.cases.worlds import cast, matter_in

pytestmark = pytest.mark.django_db

TYPED = " 第一行\u0001\r\n第二行\u0000\u0085 "
STORED = "第一行\n第二行"
LATER = datetime.date.today() + datetime.timedelta(days=60)


@pytest.fixture
def people():
    return cast()


@pytest.fixture
def matter(people):
    return matter_in(State.IN_PROGRESS, people)


def test_a_reminder_an_escalation_and_a_visit_are_stored_without_control_characters(people, matter):
    assert services.remind(matter, by=people.supervisor, note=TYPED).note == STORED
    assert services.escalate(matter, by=people.supervisor, leader=f.leader(), reason=TYPED).reason == STORED
    assert services.record_visit(matter, by=people.supervisor, method="phone", findings=TYPED).findings == STORED


def test_a_units_requests_and_the_supervisors_refusals_are_stored_without_control_characters(people, matter):
    extension = services.request_extension(matter, by=people.handler, requested_due=LATER, reason=TYPED)
    assert extension.reason == STORED
    assert services.decide_extension(extension, by=people.supervisor, approve=False, note=TYPED).decision_note == STORED
    send_back = services.request_send_back(matter, by=people.handler, reason=TYPED)
    assert send_back.reason == STORED
    assert services.decide_send_back(send_back, by=people.supervisor, approve=False, note=TYPED).decision_note == STORED


def test_a_follow_up_note_is_stored_without_control_characters(people):
    matter = matter_in(State.RESOLVED, people)
    follow_up = FollowUp.objects.create(matter=matter, resolved_at=matter.resolved_at, due=datetime.date.today())
    recorded = services.record_follow_up(follow_up, by=people.office, satisfaction="dissatisfied", note=TYPED)
    assert recorded.note == STORED
