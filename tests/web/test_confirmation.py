"""Irreversible steps ask first (web/confirmation.py): 不予受理, merging, 答复, 结案, 升级督办 and approving a
send-back. Without JavaScript the first post answers with a page that repeats what was entered and asks; only the
confirmed post acts. Someone who may not take the step is refused at once, never asked."""

import pytest

from huishang.cases.states import State
from huishang.supervision import services as supervision_services
from huishang.supervision.models import Escalation, SendBackRequest
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


def _reject(client, matter, **extra):
    return client.post(f"/matters/{matter.number}/reject/",
                       {"reject-version": matter.version, "reject-reason": "不属于本平台受理范围", **extra})


def test_not_accepting_a_matter_asks_first_and_repeats_the_reason_and_changes_nothing_until_confirmed():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    asked = _reject(signed_in(people.office), matter)
    assert asked.status_code == 200
    page = text_of(asked)
    assert "请确认" in page and "不予受理此事项？" in page and "不属于本平台受理范围" in page
    assert 'name="confirmed" value="1"' in asked.content.decode()
    matter.refresh_from_db()
    assert matter.state == State.SUBMITTED


def test_a_confirmed_rejection_is_taken():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    done = _reject(signed_in(people.office), matter, confirmed="1")
    assert done.status_code == 302
    matter.refresh_from_db()
    assert matter.state == State.REJECTED


def test_someone_who_may_not_reject_is_refused_at_once_and_never_asked():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    refused = _reject(signed_in(people.contact), matter)
    assert refused.status_code in (403, 404)
    assert "请确认" not in text_of(refused)


@pytest.mark.parametrize("state, who, action, fields", [
    (State.IN_PROGRESS, "handler", "respond", {"content": "已办理完毕"}),
    (State.RESOLVED, "office", "close", {"note": ""}),
])
def test_answering_and_closing_ask_first(state, who, action, fields):
    people = cast()
    matter = matter_in(state, people)
    client = signed_in(getattr(people, who))
    data = {f"{action}-version": matter.version, **{f"{action}-{name}": value for name, value in fields.items()}}
    asked = client.post(f"/matters/{matter.number}/{action}/", data)
    assert asked.status_code == 200 and "请确认" in text_of(asked)
    matter.refresh_from_db()
    assert matter.state == state
    client.post(f"/matters/{matter.number}/{action}/", {**data, "confirmed": "1"})
    matter.refresh_from_db()
    assert matter.state != state


def test_the_matter_page_marks_the_irreversible_forms_for_the_browser_to_ask():
    people = cast()
    matter = matter_in(State.SUBMITTED, people)
    page = signed_in(people.office).get(f"/matters/{matter.number}/").content.decode()
    assert 'data-action="reject" data-confirm="不予受理此事项？' in page
    assert 'data-action="accept" data-confirm' not in page


def test_escalating_asks_the_supervisor_first_and_refuses_others_at_once():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    leader = f.leader()
    data = {"leader": leader.pk, "reason": "超期未办"}
    supervisor = signed_in(people.supervisor)
    asked = supervisor.post(f"/supervision/matters/{matter.number}/escalate/", data)
    assert asked.status_code == 200 and "提请领导督办此事项？" in text_of(asked)
    assert not Escalation.objects.exists()
    refused = signed_in(people.handler).post(f"/supervision/matters/{matter.number}/escalate/", data, follow=True)
    assert "请确认" not in text_of(refused)
    assert not Escalation.objects.exists()
    supervisor.post(f"/supervision/matters/{matter.number}/escalate/", {**data, "confirmed": "1"})
    assert Escalation.objects.get().leader == leader


def test_approving_a_send_back_asks_first_and_refusing_one_does_not():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    request = supervision_services.request_send_back(matter, by=people.handler, reason="属供电公司职责")
    supervisor = signed_in(people.supervisor)
    asked = supervisor.post(f"/supervision/send-backs/{request.pk}/decide/", {"approve": "1"})
    assert asked.status_code == 200 and "同意退回？" in text_of(asked)
    request.refresh_from_db()
    assert request.status == SendBackRequest.Status.PENDING
    refused = supervisor.post(f"/supervision/send-backs/{request.pk}/decide/", {"approve": "0", "note": "属本单位职责"})
    assert refused.status_code == 302
    request.refresh_from_db()
    assert request.status == SendBackRequest.Status.REFUSED
