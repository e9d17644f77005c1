"""Union work through its services: plans adopted at a plenary and their progress, the reform's member units and
their tasks, competitions ranked with ties, cooperation agreements; who may act, and where."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core import clock
from huishang.directory.models import Role
from huishang.meetings import services as meeting_services
from huishang.meetings.models import Meeting
from huishang.unionwork import selectors, services
from huishang.unionwork.models import Entry, Task, WorkPlan
from tests import factories as f
from tests.unionwork import makers as m

pytestmark = pytest.mark.django_db

DAY = datetime.date


def test_a_plan_is_adopted_by_a_plenary_with_its_tasks_and_then_takes_no_more():
    body, by = m.federation()
    plan, tasks = m.adopted_plan(by, body, [("深化产改", m.unit(), DAY(2024, 12, 31))])
    assert plan.state == WorkPlan.State.ADOPTED and plan.plenary.kind == Meeting.Kind.PLENARY
    assert plan.plenary.title == "十四届五次全委（扩大）会"
    with pytest.raises(InvalidTransition):
        services.add_plan_task(by=by, plan=plan, title="补充任务", goal="", responsible=m.unit(), deadline=DAY(2024, 6, 1))


def test_a_plan_without_tasks_is_not_adopted_and_the_error_names_the_field():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作")
    with pytest.raises(ValidationError) as error:
        services.adopt_plan(by=by, plan=plan, plenary=m.plenary(by))
    assert error.value.field == "tasks"


def test_only_a_plenary_adopts_a_plan():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="2024年工会重点工作")
    services.add_plan_task(by=by, plan=plan, title="深化产改", goal="", responsible=m.unit(), deadline=DAY(2024, 12, 31))
    office = f.office(scope=m.yongchuan())
    symposium = meeting_services.create_meeting(
        by=office, kind=Meeting.Kind.SYMPOSIUM, held_on=DAY(2024, 4, 18), region=m.yongchuan())
    with pytest.raises(ValidationError) as error:
        services.adopt_plan(by=by, plan=plan, plenary=symposium)
    assert error.value.field == "plenary"


def test_a_plans_progress_counts_done_overdue_and_the_mean_of_the_latest_percentages():
    body, by = m.federation()
    first, second, third = m.unit(), m.unit(), m.unit()
    with m.at(2024, 4, 18):
        plan, (a, b, c) = m.adopted_plan(by, body, [("职工思想政治引领", first, DAY(2024, 6, 30)),
                                                    ("劳动和技能竞赛", second, DAY(2024, 9, 30)),
                                                    ("职工维权服务", third, DAY(2024, 5, 31))])
    with m.at(2024, 5, 10):
        services.report_progress(by=f.unit_handler(of=first), task=a, percent=40, note="完成理论宣讲12场")
    with m.at(2024, 6, 20):
        services.report_progress(by=f.unit_handler(of=first), task=a, percent=100, note="全年宣讲任务完成")
        services.report_progress(by=f.unit_handler(of=second), task=b, percent=50, note="竞赛方案已印发")
    with m.at(2024, 7, 1):
        progress = selectors.plan_progress(plan)
    # a is done (100), b at 50 and not yet due, c has no report and is past 31 May.
    assert progress == {"tasks": 3, "done": 1, "overdue": 1, "mean_percent": 50.0}
    a.refresh_from_db()
    assert a.done_on == DAY(2024, 6, 20)


def test_progress_does_not_go_back_and_the_error_names_the_percent():
    body, by = m.federation()
    responsible = m.unit()
    plan, (task,) = m.adopted_plan(by, body, [("深化产改", responsible, DAY(2024, 12, 31))])
    handler = f.unit_handler(of=responsible)
    services.report_progress(by=handler, task=task, percent=60, note="过半")
    with pytest.raises(ValidationError) as error:
        services.report_progress(by=handler, task=task, percent=30, note="回退")
    assert error.value.field == "percent"
    with pytest.raises(ValidationError) as error:
        services.report_progress(by=handler, task=task, percent=101, note="超出")
    assert error.value.field == "percent"
    with pytest.raises(ValidationError) as error:
        services.report_progress(by=handler, task=task, percent=70, note="  ")
    assert error.value.field == "note"


def test_the_responsible_body_reports_progress_and_another_unit_may_not():
    body, by = m.federation()
    responsible, other = m.unit(), m.unit()
    plan, (task,) = m.adopted_plan(by, body, [("深化产改", responsible, DAY(2024, 12, 31))])
    assert services.report_progress(by=f.unit_handler(of=responsible), task=task, percent=10, note="启动").percent == 10
    assert services.report_progress(by=by, task=task, percent=20, note="总工会督促推进").percent == 20
    with pytest.raises(NotAllowed):
        services.report_progress(by=f.unit_handler(of=other), task=task, percent=30, note="代报")
    with pytest.raises(NotAllowed):
        services.report_progress(by=f.office(scope=m.yongchuan()), task=task, percent=30, note="代报")


def test_only_the_organising_unions_officers_set_up_its_plan():
    body, by = m.federation()
    other_union = m.union("重庆市永川区教育工会")
    assert services.create_plan(by=by, organiser=body, year=2024, title="计划").organiser == body
    with pytest.raises(NotAllowed):
        services.create_plan(by=m.officer(other_union), organiser=body, year=2024, title="计划")
    with pytest.raises(NotAllowed):
        services.create_plan(by=f.office(scope=m.yongchuan()), organiser=body, year=2024, title="计划")


def test_bad_input_names_its_field():
    body, by = m.federation()
    cases = [
        (dict(organiser=body, year=1990, title="计划"), "year"),
        (dict(organiser=body, year=2024, title=""), "title"),
        (dict(organiser=m.unit(), year=2024, title="计划"), "organiser"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as error:
            services.create_plan(by=by, **kwargs)
        assert error.value.field == field
    plan = services.create_plan(by=by, organiser=body, year=2024, title="计划")
    with pytest.raises(ValidationError) as error:
        services.add_plan_task(by=by, plan=plan, title="任务", goal="", responsible=m.unit(), deadline="2024-13-01")
    assert error.value.field == "deadline"


def test_a_union_sets_up_nothing_outside_its_jurisdiction():
    neijiang_union = m.union("内江市总工会", region=f.region())
    body, by = m.federation()
    with pytest.raises(NotAllowed) as error:
        services.create_plan(by=by, organiser=neijiang_union, year=2024, title="计划")
    assert error.value.field == "organiser"
    plan = services.create_plan(by=by, organiser=body, year=2024, title="计划")
    with pytest.raises(NotAllowed) as error:
        services.add_plan_task(by=by, plan=plan, title="任务", goal="", responsible=f.unit(in_region=f.region()),
                               deadline=DAY(2024, 6, 1))
    assert error.value.field == "responsible"
    group = m.reform_group(by, body)
    with pytest.raises(NotAllowed) as error:
        services.add_member(by=by, group=group, organization=f.unit(in_region=f.region()))
    assert error.value.field == "organization"


def test_union_work_is_read_inside_the_jurisdiction_only():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="计划")
    group = m.reform_group(by, body)
    yongchuan_office, neijiang_office = f.office(scope=m.yongchuan()), f.office(scope=f.region())
    assert list(selectors.visible_plans(yongchuan_office)) == [plan]
    assert list(selectors.visible_groups(yongchuan_office)) == [group]
    assert not selectors.visible_plans(neijiang_office).exists()
    assert not selectors.visible_groups(neijiang_office).exists()
    assert not selectors.visible_plans(f.enterprise_contact()).exists()


def test_a_member_unit_answers_for_its_task_list_and_100_percent_marks_a_task_done():
    body, by = m.federation()
    group = m.reform_group(by, body)
    hr = m.unit("重庆市永川区人力资源和社会保障局")
    member = services.add_member(by=by, group=group, organization=hr)
    task = services.add_reform_task(by=by, member=member, title="开展技能人才评价", goal="新增高技能人才500人",
                                    deadline=DAY(2024, 11, 30))
    assert task.responsible == hr and task.member == member
    with pytest.raises(ValidationError) as error:
        services.add_member(by=by, group=group, organization=hr)
    assert error.value.field == "organization"
    with m.at(2024, 10, 8):
        services.report_progress(by=f.unit_handler(of=hr), task=task, percent=100, note="新增高技能人才526人")
    task.refresh_from_db()
    assert task.done_on == DAY(2024, 10, 8)
    with pytest.raises(InvalidTransition):
        services.report_progress(by=f.unit_handler(of=hr), task=task, percent=100, note="再报")
    assert selectors.group_progress(group)["done"] == 1


def test_a_task_belongs_to_a_plan_or_a_member_never_both():
    body, by = m.federation()
    plan = services.create_plan(by=by, organiser=body, year=2024, title="计划")
    member = services.add_member(by=by, group=m.reform_group(by, body), organization=m.unit())
    with pytest.raises(IntegrityError), transaction.atomic():
        Task.objects.create(plan=plan, member=member, title="两属", responsible=m.unit(), deadline=DAY(2024, 1, 1),
                            created_at=clock.now())


# --- competitions -------------------------------------------------------------------------------------------

def _entries(by, competition, scores):
    employer = f.enterprise(in_region=m.yongchuan())
    entries = []
    for n, score in enumerate(scores, start=1):
        entry = services.add_entry(by=by, competition=competition, competitor=f"选手{n}", organization=employer)
        services.score_entry(by=by, entry=entry, score=score)
        entries.append(entry)
    return entries


def test_a_competitions_ranking_gives_ties_one_rank_and_skips_the_next():
    body, by = m.federation()
    competition = m.competition(by, body)
    entries = _entries(by, competition, [88.5, 95, 88.5, 91, 70])
    ranking = [(row.rank, row.entry.competitor, row.entry.score) for row in selectors.ranked_entries(competition)]
    assert ranking == [(1, "选手2", Decimal("95.00")), (2, "选手4", Decimal("91.00")), (3, "选手1", Decimal("88.50")),
                       (3, "选手3", Decimal("88.50")), (5, "选手5", Decimal("70.00"))]


def test_publishing_gives_the_prizes_by_rank_and_a_tie_shares_the_prize():
    body, by = m.federation()
    competition = m.competition(by, body, prizes=(1, 1, 2))
    first, second, tied_a, tied_b, fifth = _entries(by, competition, [99, 95, 90, 90, 80])
    services.publish_results(by=by, competition=competition)
    awards = dict(Entry.objects.filter(competition=competition).values_list("competitor", "award"))
    assert awards == {"选手1": "first", "选手2": "second", "选手3": "third", "选手4": "third", "选手5": ""}
    with pytest.raises(InvalidTransition):
        services.score_entry(by=by, entry=fifth, score=100)


def test_a_competition_is_published_only_when_every_entry_is_scored():
    body, by = m.federation()
    competition = m.competition(by, body)
    services.add_entry(by=by, competition=competition, competitor="张三", organization=f.enterprise(in_region=m.yongchuan()))
    with pytest.raises(ValidationError) as error:
        services.publish_results(by=by, competition=competition)
    assert error.value.field == "entries"


def test_a_score_lies_between_0_and_100_and_only_the_organisers_score():
    body, by = m.federation()
    competition = m.competition(by, body)
    entry = services.add_entry(by=by, competition=competition, competitor="张三",
                               organization=f.enterprise(in_region=m.yongchuan()))
    with pytest.raises(ValidationError) as error:
        services.score_entry(by=by, entry=entry, score="100.5")
    assert error.value.field == "score"
    with pytest.raises(NotAllowed):
        services.score_entry(by=f.office(scope=m.yongchuan()), entry=entry, score=90)
    assert services.score_entry(by=by, entry=entry, score="92.25").score == Decimal("92.25")


def test_a_campaign_keeps_its_participants_and_their_results():
    body, by = m.federation()
    campaign = services.create_campaign(by=by, organiser=body, year=2024, title="渝工五大行动·建功立业行动")
    plant = f.enterprise(in_region=m.yongchuan())
    participant = services.add_campaign_participant(by=by, campaign=campaign, organization=plant)
    services.record_campaign_result(by=by, participant=participant, result="开展岗位练兵，参与职工320人")
    assert campaign.participants.get().result == "开展岗位练兵，参与职工320人"
    with pytest.raises(ValidationError) as error:
        services.add_campaign_participant(by=by, campaign=campaign, organization=plant)
    assert error.value.field == "organization"
    with pytest.raises(NotAllowed):
        services.record_campaign_result(by=m.officer(m.union()), participant=participant, result="代报")


# --- cooperation ----------------------------------------------------------------------------------------------

def _towns():
    district = m.yongchuan()
    baofeng = f.region("500118107", "宝峰镇", parent=district)
    laisu = f.region("500118108", "来苏镇", parent=district)
    pilu = f.region("510521109", "毗卢镇", parent=f.region("510521", "泸县"))
    return baofeng, laisu, pilu


def test_an_agreement_between_towns_may_name_a_town_outside_the_jurisdiction_and_keeps_its_progress():
    baofeng, laisu, pilu = _towns()
    office = f.office(scope=m.yongchuan())
    agreement = services.record_cooperation(
        by=office, title="成渝特色产业集群三镇合作", region=baofeng, signed_on=DAY(2024, 4, 17),
        aims="共建渝西南示范片特色产业集群", regions=[baofeng, laisu, pilu])
    assert [party.region for party in agreement.parties.all()] == [baofeng, laisu, pilu]
    services.report_cooperation_progress(by=office, cooperation=agreement, note="毗卢镇引进澳洲茶树种苗2万株")
    assert agreement.progress.count() == 1
    # Read where it is kept and where a party lies; not elsewhere.
    assert list(selectors.visible_cooperations(f.office(scope=f.region("510521", "泸县")))) == [agreement]
    assert not selectors.visible_cooperations(f.office(scope=f.region())).exists()
    with pytest.raises(NotAllowed):
        services.report_cooperation_progress(by=f.office(scope=f.region()), cooperation=agreement, note="代报")


def test_an_agreement_is_kept_inside_the_recorders_jurisdiction_and_has_two_parties():
    baofeng, laisu, pilu = _towns()
    office = f.office(scope=m.yongchuan())
    with pytest.raises(NotAllowed) as error:
        services.record_cooperation(by=office, title="合作", region=pilu, signed_on=DAY(2024, 4, 17), aims="合作",
                                    regions=[baofeng, pilu])
    assert error.value.field == "region"
    with pytest.raises(ValidationError) as error:
        services.record_cooperation(by=office, title="合作", region=baofeng, signed_on=DAY(2024, 4, 17), aims="合作",
                                    regions=[baofeng])
    assert error.value.field == "regions"
    with pytest.raises(NotAllowed):
        services.record_cooperation(by=f.unit_handler(of=m.unit()), title="合作", region=baofeng,
                                    signed_on=DAY(2024, 4, 17), aims="合作", regions=[baofeng, laisu])


def test_a_union_officer_organises_its_plenary_but_not_a_consultation_meeting():
    body, by = m.federation()
    assert m.plenary(by).sequence == 1
    with pytest.raises(NotAllowed):
        meeting_services.create_meeting(by=by, kind=Meeting.Kind.CONSULTATION, held_on=DAY(2024, 4, 18),
                                        region=by.region)
    assert by.role == Role.UNION
