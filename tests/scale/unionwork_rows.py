"""Worlds and rows for the union-work lists: plans, the reform's member units and tasks, campaigns, competitions
and cooperation agreements, each read by the officer of the federation that runs them."""

import datetime
from types import SimpleNamespace

from huishang.core import clock
from huishang.unionwork import services
from tests import factories as f
from tests.scale.rows import next_name
from tests.unionwork import makers as m

DAY = datetime.date(2024, 12, 31)


def union_world() -> SimpleNamespace:
    body, officer = m.federation()
    return SimpleNamespace(viewer=officer, officer=officer, body=body, names=[])


def add_plans(world, n):
    for _ in range(n):
        plan = services.create_plan(by=world.officer, organiser=world.body, year=2024, title=next_name(world, "工作计划"))
        services.add_plan_task(by=world.officer, plan=plan, title="深化产改", goal="", responsible=m.unit(), deadline=DAY)


def add_groups(world, n):
    for _ in range(n):
        services.create_reform_group(by=world.officer, organiser=world.body, year=2024, title=next_name(world, "领导小组"))


def add_campaigns(world, n):
    for _ in range(n):
        services.create_campaign(by=world.officer, organiser=world.body, year=2024, title=next_name(world, "行动"))


def add_competitions(world, n):
    for _ in range(n):
        services.create_competition(by=world.officer, organiser=world.body, title=next_name(world, "技能竞赛"),
                                    trade="数控车工", held_on=DAY)


def add_cooperations(world, n):
    district = m.yongchuan()
    for _ in range(n):
        town = f.region(f"500118{100 + len(world.names):03d}", f"测试镇{len(world.names)}", parent=district)
        services.record_cooperation(by=world.officer, title=next_name(world, "合作"), region=town, signed_on=DAY,
                                    aims="共建特色产业集群", regions=[town, district])


def add_union_work_of_every_kind(world, n):
    """The overview's lists: n rows spread over its kinds (plans, groups, campaigns, competitions, agreements)."""
    kinds = [add_plans, add_groups, add_campaigns, add_competitions, add_cooperations]
    for i in range(n):
        kinds[i % len(kinds)](world, 1)


# --- lists inside one record ----------------------------------------------------------------------------------------

def plan_world() -> SimpleNamespace:
    world = union_world()
    world.plan = services.create_plan(by=world.officer, organiser=world.body, year=2024, title="2024年工会重点工作")
    return world


def add_draft_tasks(world, n):
    for _ in range(n):
        services.add_plan_task(by=world.officer, plan=world.plan, title=next_name(world, "任务"), goal="目标",
                               responsible=m.unit(), deadline=DAY)


def group_world() -> SimpleNamespace:
    world = union_world()
    world.group = m.reform_group(world.officer, world.body)
    return world


def add_members_with_tasks(world, n):
    for _ in range(n):
        member = services.add_member(by=world.officer, group=world.group, organization=m.unit(next_name(world, "成员单位")))
        task = services.add_reform_task(by=world.officer, member=member, title="技能人才评价", goal="", deadline=DAY)
        services.report_progress(by=world.officer, task=task, percent=50, note="过半")


def task_world() -> SimpleNamespace:
    world = group_world()
    member = services.add_member(by=world.officer, group=world.group, organization=m.unit())
    world.task = services.add_reform_task(by=world.officer, member=member, title="技能人才评价", goal="", deadline=DAY)
    return world


def add_task_reports(world, n):
    for _ in range(n):
        services.report_progress(by=world.officer, task=world.task, percent=min(99, len(world.names)),
                                 note=next_name(world, "进展"))


def campaign_world() -> SimpleNamespace:
    world = union_world()
    world.campaign = services.create_campaign(by=world.officer, organiser=world.body, year=2024, title="渝工五大行动")
    return world


def add_participants_and_competitions(world, n):
    for _ in range(n):
        participant = services.add_campaign_participant(
            by=world.officer, campaign=world.campaign,
            organization=f.enterprise(next_name(world, "参与企业"), in_region=m.yongchuan()))
        services.record_campaign_result(by=world.officer, participant=participant, result="岗位练兵")
        services.create_competition(by=world.officer, organiser=world.body, title="焊工技能竞赛", trade="焊工",
                                    held_on=DAY, campaign=world.campaign)


def competition_world() -> SimpleNamespace:
    world = union_world()
    world.competition = m.competition(world.officer, world.body)
    world.employer = f.enterprise(in_region=m.yongchuan())
    return world


def add_scored_entries(world, n):
    for _ in range(n):
        entry = services.add_entry(by=world.officer, competition=world.competition, competitor=next_name(world, "选手"),
                                   organization=world.employer)
        services.score_entry(by=world.officer, entry=entry, score=len(world.names) % 100)


def cooperation_world() -> SimpleNamespace:
    world = union_world()
    district = m.yongchuan()
    town = f.region("500118107", "宝峰镇", parent=district)
    world.cooperation = services.record_cooperation(by=world.officer, title="三镇合作", region=town, signed_on=DAY,
                                                    aims="共建特色产业集群", regions=[town, district])
    return world


def add_cooperation_progress(world, n):
    with clock.frozen_at(datetime.datetime(2024, 6, 1, 9, 0)):
        for _ in range(n):
            services.report_cooperation_progress(by=world.officer, cooperation=world.cooperation,
                                                 note=next_name(world, "进展"))
