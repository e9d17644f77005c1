"""The matter page's action panel («您可以办理») holds every step the viewer can take there, supervision's too:
a supervisor finds a pending extension or send-back request to decide in it, a unit its requests, the office the
follow-up due; «无需操作» shows only when there is truly nothing."""

import datetime
import re

import pytest

from huishang.cases.states import State
from huishang.supervision import services
from huishang.supervision.models import FollowUp
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db
LATER = datetime.date.today() + datetime.timedelta(days=60)
NOTHING = "您目前无需对该事项进行操作"


def action_panel(user, matter) -> str:
    page = signed_in(user).get(f"/matters/{matter.number}/").content.decode()
    return re.search(r'<section class="panel actions">(.*?)</aside>', page, re.S).group(1)


def test_a_pending_extension_request_is_decided_from_the_supervisors_action_panel():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    services.request_extension(matter, by=people.handler, requested_due=LATER, reason="需协调多个部门")
    panel = action_panel(people.supervisor, matter)
    assert 'data-action="extension-decide"' in panel and "需协调多个部门" in panel
    assert NOTHING not in panel


def test_a_pending_send_back_request_is_decided_from_the_supervisors_action_panel():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    services.request_send_back(matter, by=people.handler, reason="属供电公司职责")
    assert 'data-action="send-back-decide"' in action_panel(people.supervisor, matter)


def test_the_lead_unit_finds_its_answer_and_its_requests_in_the_action_panel():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    panel = action_panel(people.handler, matter)
    for action in ("respond", "extension-request", "send-back-request"):
        assert f'data-action="{action}"' in panel


def test_a_follow_up_due_is_recorded_from_the_offices_action_panel():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    FollowUp.objects.create(matter=matter, resolved_at=matter.resolved_at, due=datetime.date.today())
    assert 'data-action="follow-up"' in action_panel(people.office, matter)


def test_someone_with_nothing_to_do_is_told_so():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    assert NOTHING in action_panel(people.contact, matter)
