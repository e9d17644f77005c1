"""Rows of the review rounds' and work plans' lists (回访督查, 细化工作措施) for the query-count cases."""

import datetime
from types import SimpleNamespace

from huishang.cases.states import State
from huishang.core import clock
from huishang.supervision import plans, rounds
from huishang.supervision.models import RoundMatter
from tests import factories as f
from tests.cases.worlds import cast, matter_in
from tests.scale.rows import next_name


def _round(world, title):
    today = clock.today()
    return rounds.create_round(by=world.viewer, title=title, period_start=today, period_end=today,
                               region=f.region(), members=[world.viewer])


def rounds_world() -> SimpleNamespace:
    people = cast()
    return SimpleNamespace(viewer=people.supervisor, people=people, names=[])


def add_review_rounds(world, n):
    for _ in range(n):
        _round(world, next_name(world, "回访督查"))


def round_world() -> SimpleNamespace:
    """An open round of the viewer's, to which matters are added: each with its finding form."""
    world = rounds_world()
    world.review_round = _round(world, "季度回访督查")
    return world


def add_round_matters(world, n):
    """Matters the unit still handles, each in the round; every other one checked (a finding recorded)."""
    for i in range(n):
        matter = matter_in(State.IN_PROGRESS, world.people)
        matter.title = next_name(world, "督查事项")
        matter.save(update_fields=["title"])
        entry = RoundMatter.objects.create(round=world.review_round, matter=matter, reason=RoundMatter.Reason.ADDED)
        if i % 2:
            rounds.record_finding(entry, by=world.viewer, method="phone", verdict="under_way", note="推进中",
                                  checklist={"measures": True})


def plan_world() -> SimpleNamespace:
    """A matter in progress whose approved plan the lead unit reads."""
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    plan = plans.submit_plan(matter, by=people.handler, measures="分步推进",
                             milestones=[(clock.today() + datetime.timedelta(days=30), "第一步")])
    plans.decide_plan(plan, by=people.office, approve=True)
    return SimpleNamespace(viewer=people.handler, people=people, matter=matter, plan=plan, names=[])


def add_milestone_reports(world, n):
    """Progress reports, each on a milestone of its own (milestones are added as the plan would list them)."""
    for _ in range(n):
        name = next_name(world, "节点")
        milestone = world.plan.milestones.create(title=name, due=clock.today() + datetime.timedelta(days=60))
        plans.report_progress(world.plan, by=world.people.handler, content=f"{name}进展", milestone=milestone)
