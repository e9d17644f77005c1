"""Two people acting on one matter at the same moment cannot overwrite each other (real threads)."""

import datetime

import pytest

from huishang.cases import services
from huishang.cases.models import Matter, Transition
from huishang.cases.states import State
from tests import factories as f
from tests.reliability.threads import api_caller, at_once, database_shared_by_threads

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shared_database(tmp_path):
    with database_shared_by_threads(tmp_path):
        yield


@pytest.fixture
def submitted(shared_database):
    f.category()
    return f.matter(by=f.enterprise_contact())


def _one_won_one_refused(responses):
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [200, 409], [response.content for response in responses]
    won = next(response for response in responses if response.status_code == 200)
    refused = next(response for response in responses if response.status_code == 409)
    return won.json(), refused.json()


def test_two_offices_accepting_and_rejecting_at_once_one_wins_the_other_gets_409_with_the_current_state(submitted):
    accept, reject = api_caller(f.office()), api_caller(f.office())
    seen = submitted.version
    responses = at_once(
        lambda: accept(f"/matters/{submitted.number}/accept", {"version": seen}),
        lambda: reject(f"/matters/{submitted.number}/reject", {"version": seen, "reason": "不属于受理范围"}),
    )
    won, refused = _one_won_one_refused(responses)
    stored = Matter.objects.get(pk=submitted.pk)
    assert stored.state == won["state"] and stored.version == seen + 1
    assert refused["code"] in ("concurrent_change", "invalid_state")
    assert refused["current"] == {"state": stored.state, "version": stored.version}
    assert Transition.objects.filter(matter=submitted).exclude(action="submit").count() == 1


def test_the_same_transition_sent_twice_at_once_happens_once(submitted):
    first, second = api_caller(f.office()), api_caller(f.office())
    responses = at_once(
        lambda: first(f"/matters/{submitted.number}/accept", {"version": submitted.version}),
        lambda: second(f"/matters/{submitted.number}/accept", {"version": submitted.version}),
    )
    _won, refused = _one_won_one_refused(responses)
    assert refused["current"] == {"state": State.ACCEPTED, "version": submitted.version + 1}
    assert Transition.objects.filter(matter=submitted, action="accept").count() == 1


def test_two_handlers_answering_one_matter_at_once_leave_one_answer_and_one_409(shared_database):
    f.category()
    contact, office, lead = f.enterprise_contact(), f.office(), f.unit()
    matter = f.assigned_matter(by=contact, lead=lead, by_office=office)
    handler = f.unit_handler(of=lead)
    services.acknowledge(matter, by=handler)
    matter.refresh_from_db()
    one, other = api_caller(handler), api_caller(f.unit_handler(of=lead))
    responses = at_once(
        lambda: one(f"/matters/{matter.number}/respond", {"version": matter.version, "content": "已协调解决用工"}),
        lambda: other(f"/matters/{matter.number}/respond", {"version": matter.version, "content": "已安排招聘会"}),
    )
    _won, refused = _one_won_one_refused(responses)
    assert refused["current"]["state"] == State.RESPONDED
    assert matter.responses.count() == 1


def test_a_transition_sent_with_a_stale_version_is_refused_with_409_and_changes_nothing(shared_database):
    f.category()
    office, lead = f.office(), f.unit()
    matter = f.assigned_matter(lead=lead, by_office=office)
    seen = matter.version
    # Someone moves the deadline: same state, new version; the handler still holds the old one.
    services.extend_deadline(matter, by=office, due=matter.due + datetime.timedelta(days=7))
    handler = api_caller(f.unit_handler(of=lead))
    stale = handler(f"/matters/{matter.number}/acknowledge", {"version": seen})
    assert stale.status_code == 409
    assert stale.json()["code"] == "concurrent_change"
    assert stale.json()["current"] == {"state": State.ASSIGNED, "version": seen + 1}
    assert Matter.objects.get(pk=matter.pk).state == State.ASSIGNED
    fresh = handler(f"/matters/{matter.number}/acknowledge", {"version": seen + 1})
    assert fresh.status_code == 200 and fresh.json()["state"] == State.IN_PROGRESS


def test_a_transition_the_matter_has_moved_past_is_refused_with_409_and_its_current_state(submitted):
    office = api_caller(f.office())
    assert office(f"/matters/{submitted.number}/accept", {"version": submitted.version}).status_code == 200
    late = office(f"/matters/{submitted.number}/reject", {"version": submitted.version, "reason": "重复"})
    assert late.status_code == 409
    assert late.json()["current"] == {"state": State.ACCEPTED, "version": submitted.version + 1}
    assert Matter.objects.get(pk=submitted.pk).state == State.ACCEPTED


def test_the_threads_really_share_one_database_file(submitted):
    # Guards the fixture: a thread must see the row the test wrote, or the tests above prove nothing.
    seen = at_once(lambda: Matter.objects.filter(pk=submitted.pk).exists(),
                   lambda: Matter.objects.filter(pk=submitted.pk).exists())
    assert seen == [True, True]
