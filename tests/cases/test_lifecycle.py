import datetime

import pytest

from huishang.cases import services
from huishang.cases.states import State
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_a_matter_walks_from_submission_to_closure():
    contact = f.enterprise_contact()
    office = f.office()
    handler = f.unit_handler()
    supervisor = f.supervisor()
    matter = f.matter(by=contact)
    assert matter.number.startswith("HS-")
    services.accept(matter, by=office)
    meeting = f.consultation(by=office)
    from huishang.meetings import services as meeting_services
    item = meeting_services.add_to_agenda(meeting, matter, by=office)
    meeting_services.decide(item, by=office, outcome="assigned", lead_unit=handler.organization,
                            due=datetime.date.today() + datetime.timedelta(days=10), decision="人社局牵头")
    matter.refresh_from_db()
    assert matter.state == State.ASSIGNED
    services.acknowledge(matter, by=handler)
    services.respond(matter, by=handler, content="已对接招聘会")
    services.review(matter, by=contact, satisfied=False, note="人还没招到")
    services.respond(matter, by=handler, content="已招到30人")
    services.review(matter, by=contact, satisfied=True)
    services.close(matter, by=supervisor)
    assert [t.action for t in matter.trail.all()] == [
        "submit", "accept", "put_on_agenda", "assign", "acknowledge", "respond", "continue", "respond", "resolve", "close"]
