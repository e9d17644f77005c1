"""退回 needs the supervision group's approval: the lead unit asks, a supervisor in scope approves (the matter
goes back for re-dispatch, trail written) or refuses (it stays with the unit); each side is told."""

import pytest

from huishang.cases import services as matter_services
from huishang.cases.models import Transition
from huishang.cases.states import State
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.notifications.models import Notification
from huishang.supervision import services
from huishang.supervision.models import SendBackRequest
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in
from tests.web.pages import signed_in, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return cast()


@pytest.fixture
def matter(people):
    return matter_in(State.IN_PROGRESS, people)


def asked(matter, people) -> SendBackRequest:
    return services.request_send_back(matter, by=people.handler, reason="属供电公司职责")


def test_asking_to_send_back_leaves_the_matter_with_the_unit_and_tells_the_supervisors(people, matter):
    request = asked(matter, people)
    matter.refresh_from_db()
    assert request.status == SendBackRequest.Status.PENDING
    assert (matter.state, matter.lead_unit) == (State.IN_PROGRESS, people.handler.organization)
    assert Notification.objects.filter(recipient=people.supervisor, key__startswith="send-back:").count() == 1


@pytest.mark.parametrize("who", ["enterprise", "office", "supervisor", "other unit"])
def test_only_the_lead_unit_may_ask_to_send_back(people, matter, who):
    others = {"enterprise": people.contact, "office": people.office, "supervisor": people.supervisor,
              "other unit": f.unit_handler()}
    with pytest.raises(NotAllowed):
        services.request_send_back(matter, by=others[who], reason="不属于本单位")
    assert not SendBackRequest.objects.exists()


def test_a_send_back_request_needs_a_reason_a_matter_the_unit_holds_and_waits_alone(people, matter):
    with pytest.raises(ValidationError) as error:
        services.request_send_back(matter, by=people.handler, reason=" ")
    assert error.value.field == "reason"
    asked(matter, people)
    with pytest.raises(InvalidTransition):
        asked(matter, people)
    with pytest.raises(InvalidTransition):
        asked(matter_in(State.RESPONDED, people), people)


def test_an_approved_send_back_returns_the_matter_for_re_dispatch_with_a_trail_entry(people, matter):
    request = services.decide_send_back(asked(matter, people), by=people.supervisor, approve=True)
    matter.refresh_from_db()
    assert request.status == SendBackRequest.Status.APPROVED and request.decided_by == people.supervisor
    assert (matter.state, matter.lead_unit, matter.due) == (State.ACCEPTED, None, None)
    entry = matter.trail.last()
    assert (entry.action, entry.actor, entry.from_state) == ("send_back", people.handler, State.IN_PROGRESS)
    assert people.supervisor.get_full_name() in entry.note and "属供电公司职责" in entry.note
    assert matter.assignments.get().send_back_reason == "属供电公司职责"
    assert Notification.objects.get(recipient=people.handler, key=f"send-back-decided:{request.pk}")


def test_a_refused_send_back_needs_a_reason_and_the_unit_keeps_the_matter(people, matter):
    request = asked(matter, people)
    with pytest.raises(ValidationError) as error:
        services.decide_send_back(request, by=people.supervisor, approve=False, note="")
    assert error.value.field == "note"
    request = services.decide_send_back(request, by=people.supervisor, approve=False, note="属本单位职责，请继续办理")
    matter.refresh_from_db()
    assert request.status == SendBackRequest.Status.REFUSED
    assert (matter.state, matter.lead_unit) == (State.IN_PROGRESS, people.handler.organization)
    assert not Transition.objects.filter(matter=matter, action="send_back").exists()
    assert Notification.objects.get(recipient=people.handler, key=f"send-back-decided:{request.pk}")
    with pytest.raises(InvalidTransition):
        services.decide_send_back(request, by=people.supervisor, approve=True)


@pytest.mark.parametrize("who", ["unit", "enterprise", "office", "leader", "other-region supervisor"])
def test_only_a_supervisor_in_scope_decides_a_send_back(people, matter, who):
    request = asked(matter, people)
    others = {"unit": people.handler, "enterprise": people.contact, "office": people.office, "leader": f.leader(),
              "other-region supervisor": f.supervisor(scope=f.region("500118", "永川区"))}
    with pytest.raises(NotAllowed):
        services.decide_send_back(request, by=others[who], approve=True)
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS
    assert SendBackRequest.objects.get().status == SendBackRequest.Status.PENDING


def test_the_direct_transition_refuses_without_a_supervisors_approval(people, matter):
    with pytest.raises(NotAllowed):
        matter_services.send_back(matter, by=people.handler, reason="不属于本单位", approved_by=people.office)
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS


def test_the_unit_asks_on_the_matter_page_and_the_supervisor_approves_on_the_board(people, matter):
    unit = signed_in(people.handler)
    page = unit.get(f"/matters/{matter.number}/").content.decode()
    assert 'data-action="send-back-request"' in page and 'data-action="send-back-decide"' not in page
    unit.post(f"/supervision/matters/{matter.number}/send-back/", {"reason": "属供电公司职责"})
    request = SendBackRequest.objects.get()
    assert 'data-action="send-back-request"' not in unit.get(f"/matters/{matter.number}/").content.decode()
    refused = unit.post(f"/supervision/send-backs/{request.pk}/decide/", {"approve": "1"}, follow=True)
    assert "只有督查组可以执行此操作。" in text_of(refused)
    supervisor = signed_in(people.supervisor)
    board = supervisor.get("/supervision/").content.decode()
    assert f'data-send-back="{matter.number}"' in board
    response = supervisor.post(f"/supervision/send-backs/{request.pk}/decide/",
                               {"approve": "1", "from": "board", "confirmed": "1"})
    assert response.status_code == 302 and response["Location"] == "/supervision/"
    matter.refresh_from_db()
    assert matter.state == State.ACCEPTED
    assert f'data-send-back="{matter.number}"' not in supervisor.get("/supervision/").content.decode()


def test_a_refusal_on_the_matter_page_without_a_reason_is_named_and_changes_nothing(people, matter):
    request = asked(matter, people)
    supervisor = signed_in(people.supervisor)
    page = supervisor.get(f"/matters/{matter.number}/").content.decode()
    assert 'data-action="send-back-decide"' in page
    response = supervisor.post(f"/supervision/send-backs/{request.pk}/decide/", {"approve": "0", "note": ""},
                               follow=True)
    assert "请填写不同意的理由。" in text_of(response)
    request.refresh_from_db()
    assert request.status == SendBackRequest.Status.PENDING


def test_the_api_carries_a_send_back_request_to_the_supervisors_refusal(people, matter):
    created = as_user(people.handler).post(f"/supervision/matters/{matter.number}/send-back-requests",
                                           {"reason": "属供电公司职责"})
    assert created.status_code == 201 and created.json()["status"] == "pending"
    pk = created.json()["id"]
    assert as_user(people.handler).post(f"/supervision/send-back-requests/{pk}/decision",
                                        {"approve": True}).status_code == 403
    missing = as_user(people.supervisor).post(f"/supervision/send-back-requests/{pk}/decision", {"approve": False})
    assert missing.status_code == 422 and missing.json()["field"] == "note"
    decided = as_user(people.supervisor).post(f"/supervision/send-back-requests/{pk}/decision",
                                              {"approve": False, "note": "属本单位职责"})
    assert decided.json()["status"] == "refused"
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS
    assert as_user(people.handler).post(f"/matters/{matter.number}/send_back", {"reason": "x"}).status_code in (404, 405)


def test_a_leader_reads_the_waiting_send_back_on_the_board_without_a_decision_form(people, matter):
    asked(matter, people)
    board = signed_in(f.leader()).get("/supervision/").content.decode()
    assert f'data-send-back="{matter.number}"' in board and 'data-action="send-back-decide"' not in board
