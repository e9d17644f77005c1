import datetime

from huishang.core import clock
from huishang.figures.selectors import Scope
from huishang.supervision import plans, rounds
from huishang.supervision.figures import supervision_figures
from huishang.supervision.models import Card, Reminder
from tests import factories as f
from tests.cases.worlds import cast
from tests.supervision.conftest import START, at, handed_out, resolve

WEEK = Scope(date_from=START, date_to=START + datetime.timedelta(days=6))


def _flagged(category: str):
    people = cast()
    f.category(code="finance", name="融资")
    matter = handed_out(people, category=category)
    Card.objects.create(matter=matter, level=Card.Level.YELLOW, reason="逾期", issued_at=at(START + datetime.timedelta(days=1)))
    Reminder.objects.create(matter=matter, unit=people.handler.organization, note="请办结", at=at(START + datetime.timedelta(days=2)))
    return matter


def test_the_figures_without_a_filter_count_every_matter_of_the_period(db):
    _flagged("talent")
    _flagged("finance")
    figures = supervision_figures(WEEK)["supervision"]
    assert figures["cards_yellow"] == 2 and figures["reminders"] == 2


def test_a_category_scope_counts_only_the_cards_and_reminders_of_its_matters(db):
    _flagged("talent")
    _flagged("finance")
    figures = supervision_figures(Scope(date_from=WEEK.date_from, date_to=WEEK.date_to, category="finance"))["supervision"]
    assert figures["cards_yellow"] == 1 and figures["reminders"] == 1


def test_cards_and_reminders_outside_the_period_are_not_counted(db):
    _flagged("talent")
    later = Scope(date_from=START + datetime.timedelta(days=7))
    figures = supervision_figures(later)["supervision"]
    assert figures["cards_yellow"] == 0 and figures["reminders"] == 0


def test_work_plans_and_round_findings_of_the_period_are_counted(db):
    people = cast()
    matter = handed_out(people, due=START + datetime.timedelta(days=60))
    resolved = resolve(handed_out(people), people, on=START + datetime.timedelta(days=1))
    with clock.frozen_at(at(START + datetime.timedelta(days=3))):
        plan = plans.submit_plan(matter, by=people.handler, measures="措施",
                                 milestones=[(START + datetime.timedelta(days=20), "节点")])
        plans.decide_plan(plan, by=people.office, approve=True)
        review_round = rounds.create_round(by=people.supervisor, title="回访", period_start=START,
                                           period_end=START + datetime.timedelta(days=3), region=f.region(),
                                           members=[people.supervisor])
        rounds.record_finding(review_round.entries.get(matter=resolved), by=people.supervisor, method="phone",
                              verdict="not_solved", note="问题反弹")
    figures = supervision_figures(WEEK)["supervision"]
    assert (figures["work_plans"], figures["work_plans_approved"]) == (1, 1)
    assert (figures["round_findings"], figures["round_findings_not_solved"]) == (1, 1)
    assert supervision_figures(Scope(date_from=START + datetime.timedelta(days=7)))["supervision"]["work_plans"] == 0
