"""Each person's to-do list (待办): what waits on them, from every app, oldest deadline first with the working days
left; the same on the workbench and at GET /api/v1/workbench."""

import datetime

import pytest

from huishang.cases import services
from huishang.cases.states import State
from huishang.core import clock
from huishang.supervision import services as supervision_services
from huishang.supervision.models import FollowUp
from huishang.todos.services import todos_of
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast, matter_in
from tests.supervision.conftest import START, at, handed_out
from tests.web.pages import signed_in

pytestmark = pytest.mark.django_db


def kinds(user):
    return [(todo.kind, todo.matter.number) for todo in todos_of(user)]


def test_the_lead_unit_is_asked_to_sign_for_a_new_assignment_and_to_answer_one_it_signed_for():
    people = cast()
    new, signed = matter_in(State.ASSIGNED, people), matter_in(State.IN_PROGRESS, people)
    assert sorted(kinds(people.handler)) == sorted([("acknowledge", new.number), ("respond", signed.number)])
    assert kinds(f.unit_handler()) == []  # another unit has nothing of it


def test_the_enterprise_is_asked_to_review_an_answer_to_its_own_matter_only():
    people = cast()
    answered = matter_in(State.RESPONDED, people)
    assert kinds(people.contact) == [("review", answered.number)]
    assert kinds(f.enterprise_contact()) == []


def test_the_office_is_asked_to_accept_new_matters_and_to_dispatch_accepted_ones():
    people = cast()
    new, accepted = matter_in(State.SUBMITTED, people), matter_in(State.ACCEPTED, people)
    assert set(kinds(people.office)) == {("accept", new.number), ("dispatch", accepted.number)}


def test_the_supervision_group_is_asked_to_decide_pending_extension_and_send_back_requests():
    people = cast()
    first, second = matter_in(State.IN_PROGRESS, people), matter_in(State.IN_PROGRESS, people)
    later = datetime.date.today() + datetime.timedelta(days=60)
    extension = supervision_services.request_extension(first, by=people.handler, requested_due=later, reason="需协调")
    supervision_services.request_send_back(second, by=people.handler, reason="属供电公司职责")
    assert set(kinds(people.supervisor)) >= {("decide_extension", first.number), ("decide_send_back", second.number)}
    supervision_services.decide_extension(extension, by=people.supervisor, approve=True)
    assert ("decide_extension", first.number) not in kinds(people.supervisor)


def test_a_leader_is_asked_about_a_matter_escalated_to_them_until_it_is_resolved():
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    leader = f.leader()
    supervision_services.escalate(matter, by=people.supervisor, leader=leader, reason="超期未办")
    assert kinds(leader) == [("escalation", matter.number)]
    services.respond(matter, by=people.handler, content="已办结")
    services.review(matter, by=people.contact, satisfied=True)
    assert kinds(leader) == []


def test_a_follow_up_due_is_on_the_offices_list_with_its_due_day():
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    FollowUp.objects.create(matter=matter, resolved_at=matter.resolved_at, due=datetime.date.today())
    follow_ups = [todo for todo in todos_of(people.office) if todo.kind == "follow_up"]
    assert [(todo.matter.number, todo.due, todo.days_left) for todo in follow_ups] == [
        (matter.number, datetime.date.today(), 0)]


def test_the_earliest_deadline_comes_first_with_the_working_days_left_negative_once_past():
    people = cast()
    # Handed out on Monday 2024-03-04: due on Friday of the same week, and a fortnight later.
    soon = handed_out(people, due=START + datetime.timedelta(days=4), acknowledged=False)
    later = handed_out(people, due=START + datetime.timedelta(days=14), acknowledged=False)
    with clock.frozen_at(at(START + datetime.timedelta(days=7))):  # the next Monday
        todos = todos_of(people.handler)
    assert [(todo.matter.number, todo.days_left, todo.overdue) for todo in todos] == [
        (soon.number, -1, True), (later.number, 5, False)]


def test_the_api_lists_the_callers_to_dos_as_the_workbench_does():
    people = cast()
    matter = matter_in(State.ASSIGNED, people)
    answer = as_user(people.handler).get("/workbench")
    assert answer.status_code == 200
    assert [(row["kind"], row["matter"], row["link"]) for row in answer.json()] == [
        ("acknowledge", matter.number, f"/matters/{matter.number}/")]
    assert answer.json()[0]["working_days_left"] is not None


def test_the_workbench_lists_the_to_dos_first():
    people = cast()
    matter = matter_in(State.RESPONDED, people)
    page = signed_in(people.contact).get("/").content.decode()
    assert 'data-section="todos" data-count="1"' in page
    assert f'data-todo="review" data-matter="{matter.number}"' in page
    assert page.index('data-section="todos"') < page.index('data-section="to_review"')
