"""`huishang stats assessment` counts the reform's member units and their tasks from the records."""

import datetime
import json

import pytest
from django.core.management import call_command

from huishang.assessment.figures import assessment_figures
from huishang.figures.scopes import scope_from
from huishang.unionwork import services
from tests import factories as f
from tests.unionwork import makers as m

pytestmark = pytest.mark.django_db


def _reform():
    body, by = m.federation()
    group = m.reform_group(by, body)
    hr, economy = m.unit("人社局"), m.unit("经信委")
    hr_member = services.add_member(by=by, group=group, organization=hr)
    economy_member = services.add_member(by=by, group=group, organization=economy)
    done = services.add_reform_task(by=by, member=hr_member, title="技能人才评价", goal="", deadline=datetime.date(2024, 6, 30))
    services.add_reform_task(by=by, member=hr_member, title="职业技能培训", goal="", deadline=datetime.date(2024, 12, 31))
    services.add_reform_task(by=by, member=economy_member, title="产业工人技能提升", goal="",
                             deadline=datetime.date(2025, 3, 31))
    services.report_progress(by=f.unit_handler(of=hr), task=done, percent=100, note="已完成")
    return body, by


def test_reform_tasks_count_member_units_tasks_due_in_the_period_and_those_done():
    body, by = _reform()
    m.adopted_plan(by, body, [("不属产改的计划任务", m.unit(), datetime.date(2024, 6, 30))])  # not a reform task
    assert assessment_figures(scope_from())["reform_tasks"] == {"member_units": 2, "tasks": 3, "done": 1}
    year = assessment_figures(scope_from(date_from="2024-01-01", date_to="2024-12-31"))
    assert year["reform_tasks"] == {"member_units": 2, "tasks": 2, "done": 1}


def test_reform_tasks_stay_in_their_region():
    _reform()
    f.region()
    neijiang = assessment_figures(scope_from(region="511000"))
    assert neijiang["reform_tasks"] == {"member_units": 0, "tasks": 0, "done": 0}


def test_the_stats_command_prints_reform_tasks(capsys):
    _reform()
    call_command("stats", "assessment", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert figures["reform_tasks"]["member_units"] == 2
