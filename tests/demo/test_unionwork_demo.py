"""The demo's union work, as seed 000 reports it, built through the services."""

import pytest

from huishang.figures.scopes import scope_from
from huishang.meetings.models import Meeting
from huishang.notifications.models import Notification
from huishang.unionwork import selectors
from huishang.unionwork.figures import reform_task_figures
from huishang.unionwork.models import Competition, Cooperation, ReformGroup, WorkPlan

pytestmark = pytest.mark.django_db


def test_the_2024_plan_is_adopted_at_the_plenary_of_18_april_and_progresses(demo_world):
    plan = WorkPlan.objects.get(year=2024)
    assert plan.state == WorkPlan.State.ADOPTED and plan.plenary.kind == Meeting.Kind.PLENARY
    assert plan.plenary.held_on.isoformat() == "2024-04-18" and "十四届五次全委" in plan.plenary.title
    progress = selectors.plan_progress(plan)
    assert progress["tasks"] == 6 and progress["done"] == 2


def test_the_reform_group_has_its_member_units_and_an_overdue_task_was_reminded(demo_world):
    group = ReformGroup.objects.get()
    assert (group.leader, group.deputy_leader) == ("蔡焘", "孔萍")
    assert reform_task_figures(scope_from()) == {"member_units": 5, "tasks": 6, "done": 2}
    reminder = Notification.objects.get(event="unionwork.task_overdue")
    assert reminder.recipient.username == "unit_yc_rsj" and "开展技能人才自主评价" in reminder.subject


def test_the_competition_is_published_with_a_tie_for_second_place(demo_world):
    competition = Competition.objects.get()
    assert competition.state == Competition.State.PUBLISHED and competition.campaign is not None
    ranks = [(row.rank, row.entry.competitor, row.entry.award) for row in selectors.ranked_entries(competition)][:4]
    assert ranks == [(1, "刘志强", "first"), (2, "杨帆", "second"), (2, "何俊", "second"), (4, "邓伟", "third")]


def test_the_three_towns_cooperate_across_the_provincial_border(demo_world):
    cooperation = Cooperation.objects.get()
    assert [str(party) for party in cooperation.parties.all()] == ["宝峰镇", "来苏镇", "毗卢镇"]
    assert cooperation.progress.count() == 2
