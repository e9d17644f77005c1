"""Work plans (细化工作措施): the lead unit submits measures and dated milestones, the service office approves or
returns them (both ways, only in its jurisdiction), the unit reports progress, and an approved plan's missed
milestone is carded and reminded as a missed deadline is."""

import datetime

import pytest

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.notifications.models import Notification
from huishang.supervision import jobs, plans
from huishang.supervision.cards import compute_cards
from huishang.supervision.models import Card, Reminder, WorkPlan
from huishang.todos.services import todos_of
from tests import factories as f
from tests.cases.worlds import cast
from tests.supervision.conftest import START, at, handed_out

D = datetime.date
pytestmark = pytest.mark.django_db
FAR_DUE = D(2024, 6, 28)
MILESTONES = [(D(2024, 3, 29), "完成用地预审"), (D(2024, 4, 30), "完成规划许可"), (D(2024, 6, 14), "开工建设")]


def submitted(matter, people, *, milestones=MILESTONES):
    with clock.frozen_at(at(START, 11)):
        return plans.submit_plan(matter, by=people.handler, measures="分三步推进：预审、许可、开工。",
                                 milestones=milestones)


def approved(matter, people):
    plan = submitted(matter, people)
    with clock.frozen_at(at(START, 14)):
        return plans.decide_plan(plan, by=people.office, approve=True)


def active(matter):
    return list(Card.objects.filter(matter=matter, cleared_at=None).values_list("level", "reason"))


def test_the_lead_unit_submits_a_plan_whose_milestones_are_kept_in_date_order_and_the_office_is_told():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = submitted(matter, people, milestones=list(reversed(MILESTONES)))
    assert plan.status == WorkPlan.Status.SUBMITTED
    assert [m.title for m in plan.milestones.all()] == ["完成用地预审", "完成规划许可", "开工建设"]
    assert Notification.objects.filter(recipient=people.office, event="supervision.plan_submitted").exists()


def test_only_the_lead_unit_submits_a_plan():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    for stranger in (f.unit_handler(), people.office, people.supervisor):
        with clock.frozen_at(at(START, 11)), pytest.raises(NotAllowed):
            plans.submit_plan(matter, by=stranger, measures="措施", milestones=MILESTONES)


def test_a_plan_needs_measures_and_milestones_not_in_the_past():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    with clock.frozen_at(at(START, 11)):
        with pytest.raises(ValidationError) as error:
            plans.submit_plan(matter, by=people.handler, measures=" ", milestones=MILESTONES)
        assert error.value.field == "measures"
        with pytest.raises(ValidationError) as error:
            plans.submit_plan(matter, by=people.handler, measures="措施", milestones=[])
        assert error.value.field == "milestones"
        with pytest.raises(ValidationError) as error:
            plans.submit_plan(matter, by=people.handler, measures="措施", milestones=[(D(2024, 3, 1), "已过去")])
        assert error.value.field == "milestones"


def test_the_office_approves_a_plan_and_the_unit_is_told():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = approved(matter, people)
    assert (plan.status, plan.decided_by) == (WorkPlan.Status.APPROVED, people.office)
    assert Notification.objects.filter(recipient=people.handler, event="supervision.plan_decided").exists()


def test_the_office_returns_a_plan_only_with_a_reason_and_the_unit_submits_a_new_one_that_replaces_it():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = submitted(matter, people)
    with pytest.raises(ValidationError) as error:
        plans.decide_plan(plan, by=people.office, approve=False, note="")
    assert error.value.field == "note"
    plan = plans.decide_plan(plan, by=people.office, approve=False, note="节点过于笼统，请细化到月。")
    assert plan.status == WorkPlan.Status.RETURNED
    again = submitted(matter, people)
    assert plans.current_plan(matter) == again
    assert WorkPlan.objects.get(pk=plan.pk).status == WorkPlan.Status.REPLACED


def test_a_decided_plan_cannot_be_decided_again():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = approved(matter, people)
    with pytest.raises(InvalidTransition):
        plans.decide_plan(plan, by=people.office, approve=False, note="再议")


def test_neither_the_unit_nor_the_supervisor_nor_another_citys_office_approves_a_plan():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = submitted(matter, people)
    elsewhere = f.office(scope=f.region("500118", "永川区"))
    for stranger in (people.handler, people.supervisor, elsewhere):
        with pytest.raises(NotAllowed):
            plans.decide_plan(plan, by=stranger, approve=True)
    assert WorkPlan.objects.get(pk=plan.pk).status == WorkPlan.Status.SUBMITTED


def test_another_citys_office_cannot_read_the_plan_and_the_matters_own_people_can():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    submitted(matter, people)
    for reader in (people.handler, people.office, people.supervisor, people.contact):
        assert plans.plan_of(matter, user=reader).matter == matter
    with pytest.raises(NotAllowed):
        plans.plan_of(matter, user=f.office(scope=f.region("500118", "永川区")))


def test_progress_is_reported_on_an_approved_plan_only_and_may_mark_a_milestone_reached():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = submitted(matter, people)
    first = plan.milestones.first()
    with pytest.raises(InvalidTransition):
        plans.report_progress(plan, by=people.handler, content="预审材料已报送", milestone=first)
    plan = plans.decide_plan(plan, by=people.office, approve=True)
    report = plans.report_progress(plan, by=people.handler, content="预审已通过", milestone=first, reached=True)
    first.refresh_from_db()
    assert report.milestone == first and first.reached_at is not None
    with pytest.raises(NotAllowed):
        plans.report_progress(plan, by=f.unit_handler(), content="不是我们的", milestone=first)


def test_a_missed_milestone_of_an_approved_plan_gets_a_yellow_card_and_a_daily_reminder_like_a_missed_deadline():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    approved(matter, people)
    day = D(2024, 4, 2)  # the first milestone (29 March) missed; the deadline is months away
    compute_cards(today=day)
    [(level, reason)] = active(matter)
    assert level == Card.Level.YELLOW and "完成用地预审" in reason
    with clock.frozen_at(at(day, 8)):
        assert jobs.send_due_reminders(today=day) == 1
    reminder = Reminder.objects.get(matter=matter)
    assert reminder.unit == people.handler.organization and "完成用地预审" in reminder.note


def test_a_milestone_reported_reached_clears_its_card_and_a_plan_not_approved_raises_none():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = submitted(matter, people)
    day = D(2024, 4, 2)
    compute_cards(today=day)
    assert active(matter) == []  # waiting for approval: its milestones are not the group's yet
    plan = plans.decide_plan(plan, by=people.office, approve=True)
    compute_cards(today=day)
    assert [level for level, _reason in active(matter)] == [Card.Level.YELLOW]
    with clock.frozen_at(at(day, 9)):
        plans.report_progress(plan, by=people.handler, content="预审已通过", milestone=plan.milestones.first(),
                              reached=True)
    compute_cards(today=day)
    assert active(matter) == []


def test_a_milestone_due_soon_warns_and_a_later_overdue_deadline_still_wins():
    people = cast()
    matter = handed_out(people, due=D(2024, 3, 15))
    with clock.frozen_at(at(START, 11)):
        plan = plans.submit_plan(matter, by=people.handler, measures="措施", milestones=[(D(2024, 3, 29), "节点")])
    plans.decide_plan(plan, by=people.office, approve=True)
    compute_cards(today=D(2024, 3, 27))
    [(level, reason)] = active(matter)
    assert level == Card.Level.YELLOW and "节点" not in reason


def test_a_plan_waiting_for_approval_is_on_the_offices_to_do_list_until_decided():
    people = cast()
    matter = handed_out(people, due=FAR_DUE)
    plan = submitted(matter, people)
    assert [todo.kind for todo in todos_of(people.office) if todo.matter == matter] == ["decide_plan"]
    assert "decide_plan" not in [todo.kind for todo in todos_of(f.office(scope=f.region("500118", "永川区")))]
    plans.decide_plan(plan, by=people.office, approve=True)
    assert "decide_plan" not in [todo.kind for todo in todos_of(people.office)]
