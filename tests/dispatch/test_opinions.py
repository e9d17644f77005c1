"""协办: supporting units file opinions the lead unit reads; its answer waits for an overdue one unless overridden."""

import datetime

import pytest

from huishang.cases import services as matter_services
from huishang.cases.models import Transition
from huishang.cases.selectors import can_view
from huishang.cases.states import Action, State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.dispatch import services
from huishang.dispatch.selectors import opinion_due
from huishang.todos.services import todos_of
from tests import factories as f
from tests.api.client import as_user
from tests.cases.worlds import cast
from tests.supervision.conftest import START, at

pytestmark = pytest.mark.django_db

# The limit is 3 working days from the assignment (HUISHANG_SUPPORTING_OPINION_DAYS): Monday → Thursday.
WITHIN = START + datetime.timedelta(days=2)
PAST = START + datetime.timedelta(days=7)


@pytest.fixture
def people():
    return cast()


@pytest.fixture
def helper():
    return f.unit_handler(f.unit("内江市经信局"))


@pytest.fixture
def matter(people, helper):
    with clock.frozen_at(at(START)):
        subject = f.matter(by=people.contact)
        matter_services.accept(subject, by=people.office)
        matter_services.assign(subject, by=people.office, lead_unit=people.handler.organization,
                               supporting_units=[helper.organization], due=START + datetime.timedelta(days=20))
        matter_services.acknowledge(subject, by=people.handler)
    subject.refresh_from_db()
    return subject


def answer(matter, people, *, on, **override):
    with clock.frozen_at(at(on)):
        return matter_services.respond(matter, by=people.handler, content="已协调解决", **override)


def test_the_opinion_limit_is_three_working_days_from_the_assignment(matter):
    assert opinion_due(matter.assignments.get()) == START + datetime.timedelta(days=3)


def test_a_supporting_unit_sees_the_matter_and_files_its_opinion_which_the_lead_unit_reads(matter, people, helper):
    assert can_view(helper, matter)
    with clock.frozen_at(at(WITHIN)):
        services.file_opinion(matter, by=helper, content="我局可协调技工学校定向培养")
    listed = as_user(people.handler).get(f"/matters/{matter.number}/opinions").json()
    assert [(item["unit"]["name"], item["content"]) for item in listed["opinions"]] == [
        ("内江市经信局", "我局可协调技工学校定向培养")]
    assert listed["missing"] == [] and listed["overdue"] is False


def test_a_unit_that_is_not_supporting_cannot_file_an_opinion(matter, people):
    with pytest.raises(NotAllowed):
        services.file_opinion(matter, by=people.handler, content="牵头单位意见")
    with pytest.raises(NotAllowed):
        services.file_opinion(matter, by=f.unit_handler(), content="无关单位意见")
    with pytest.raises(NotAllowed):
        services.file_opinion(matter, by=people.office, content="专班意见")


def test_a_supporting_unit_files_one_opinion_per_assignment(matter, helper):
    services.file_opinion(matter, by=helper, content="第一份意见")
    with pytest.raises(InvalidTransition):
        services.file_opinion(matter, by=helper, content="第二份意见")


def test_the_lead_answers_freely_before_the_opinion_limit(matter, people):
    answer(matter, people, on=WITHIN)
    assert matter.state == State.RESPONDED


def test_the_lead_answer_is_refused_while_a_supporting_opinion_is_overdue(matter, people):
    with pytest.raises(InvalidTransition) as refused:
        answer(matter, people, on=PAST)
    assert "内江市经信局" in str(refused.value.message)
    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS


def test_an_opinion_filed_late_lets_the_lead_answer(matter, people, helper):
    with clock.frozen_at(at(PAST)):
        services.file_opinion(matter, by=helper, content="补充意见")
    answer(matter, people, on=PAST)
    assert matter.state == State.RESPONDED


def test_the_lead_may_answer_without_the_overdue_opinion_with_an_override_the_trail_records(matter, people):
    with pytest.raises(ValidationError) as refused:
        answer(matter, people, on=PAST, override=True, override_reason="")
    assert refused.value.field == "override_reason"
    answer(matter, people, on=PAST, override=True, override_reason="企业急需答复")
    entry = Transition.objects.filter(matter=matter, action=Action.RESPOND).get()
    assert entry.note.startswith("已协调解决")
    assert "未收到协办意见：内江市经信局，理由：企业急需答复" in entry.note
    assert matter.responses.get().content == "已协调解决"


def test_the_api_answer_takes_the_override_and_the_supporting_unit_files_through_the_api(matter, people, helper):
    with clock.frozen_at(at(PAST)):
        refused = as_user(people.handler).post(f"/matters/{matter.number}/respond", {"content": "已办理"})
        assert refused.status_code == 409 and "内江市经信局" in refused.json()["message"]
        stranger = as_user(f.unit_handler()).post(f"/matters/{matter.number}/opinions", {"content": "意见"})
        assert stranger.status_code == 404
        lead = as_user(people.handler).post(f"/matters/{matter.number}/opinions", {"content": "意见"})
        assert lead.status_code == 403
        answered = as_user(people.handler).post(f"/matters/{matter.number}/respond", {
            "content": "已办理", "override": True, "override_reason": "企业急需答复"})
        assert answered.status_code == 200, answered.content
    assert "企业急需答复" in answered.json()["trail"][-1]["note"]


def test_a_supporting_units_workbench_lists_the_opinion_it_owes_until_it_files_it(matter, helper):
    with clock.frozen_at(at(WITHIN)):
        owed = [todo for todo in todos_of(helper) if todo.kind == "opinion"]
        assert [(todo.matter, todo.due) for todo in owed] == [(matter, START + datetime.timedelta(days=3))]
        services.file_opinion(matter, by=helper, content="意见")
        assert not [todo for todo in todos_of(helper) if todo.kind == "opinion"]
