"""Union work in headless Chromium: a member unit reports progress on its reform task and the group's page shows
it; the organisers score a competition, the ranking puts a tie on one rank, and publishing gives the awards; the
federation drafts its plan, adds a task, records its adoption at the plenary and reports progress; it records a
campaign, a participant and its result; the office records the three towns' agreement and reports its progress."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.unionwork import services
from huishang.unionwork.models import CampaignParticipant, Cooperation, Entry, WorkPlan
from tests import factories as f
from tests.unionwork import makers as m
from tests.web.test_browser import Visitor, browser, choose  # noqa: F401 (the fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_member_unit_reports_progress_on_its_reform_task(browser, live_server):  # noqa: F811
    body, by = m.federation()
    group = m.reform_group(by, body)
    hr = m.unit("重庆市永川区人力资源和社会保障局")
    member = services.add_member(by=by, group=group, organization=hr)
    task = services.add_reform_task(by=by, member=member, title="开展技能人才自主评价", goal="支持30家企业开展自主评价",
                                    deadline=datetime.date(2099, 6, 30))
    foreign, errors = [], []
    unit = Visitor(browser, live_server.url, foreign, errors)
    page = unit.log_in(f.unit_handler(of=hr))
    page.goto(f"{live_server.url}/unionwork/reform/{group.pk}/")
    page.get_by_role("link", name="开展技能人才自主评价").click()
    form = page.locator('form[data-form="progress"]')
    form.get_by_label("完成进度（%）").fill("60")
    form.get_by_label("进展情况").fill("已备案企业18家，评价技能人才1260人")
    form.locator('button[type="submit"]').click()
    expect(page.locator(".message").first).to_contain_text("进展已报告")
    expect(page.locator('[data-list="reports"]')).to_contain_text("已备案企业18家")
    page.goto(f"{live_server.url}/unionwork/reform/{group.pk}/")
    expect(page.locator(f'tr[data-task="{task.title}"] [data-percent]')).to_have_text("60%")
    expect(page.locator("[data-progress]")).to_contain_text("平均进度60.0%")
    assert foreign == [] and errors == []
    unit.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_organisers_score_a_competition_and_the_ranking_shares_a_rank_on_a_tie(browser, live_server):  # noqa: F811
    body, by = m.federation()
    competition = m.competition(by, body, prizes=(1, 1, 1))
    employer = f.enterprise("重庆良工科技公司", in_region=m.yongchuan())
    for name in ("刘志强", "杨帆", "何俊"):
        services.add_entry(by=by, competition=competition, competitor=name, organization=employer)
    foreign, errors = [], []
    organiser = Visitor(browser, live_server.url, foreign, errors)
    page = organiser.log_in(by)
    page.goto(f"{live_server.url}/unionwork/competitions/{competition.pk}/")
    for name, score in (("刘志强", "94.5"), ("杨帆", "92"), ("何俊", "92")):
        page.get_by_label(f"{name}的成绩").fill(score)
        page.locator(f'tr[data-entry="{name}"] button[type="submit"]').click()
        expect(page.locator(".message").first).to_contain_text(f"{name}的成绩已保存")
    ranks = page.locator('[data-list="entries"] [data-rank]')
    expect(ranks).to_have_text(["1", "2", "2"])
    page.locator('form[data-form="publish"] button').click()
    expect(page.locator(".message").first).to_contain_text("名次和奖项已公布")
    expect(page.locator('[data-list="entries"] [data-award]')).to_have_text(["一等奖", "二等奖", "二等奖"])
    assert dict(Entry.objects.values_list("competitor", "award")) == {"刘志强": "first", "杨帆": "second", "何俊": "second"}
    assert foreign == [] and errors == []
    organiser.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_federation_drafts_its_plan_adds_a_task_records_the_adoption_and_reports_progress(
        browser, live_server):  # noqa: F811
    body, by = m.federation()
    m.unit("重庆市永川区人力资源和社会保障局")
    plenary = m.plenary(by)
    foreign, errors = [], []
    officer = Visitor(browser, live_server.url, foreign, errors)
    page = officer.log_in(by)
    page.goto(f"{live_server.url}/unionwork/")
    page.get_by_role("link", name="新建工作计划").click()
    form = page.locator('form[data-form="new"]')
    expect(form.locator(".ts-control .item")).to_have_text(["重庆市永川区总工会"])  # the officer's own union
    form.get_by_label("年份").fill("2024")
    form.get_by_label("标题").fill("永川区总工会2024年重点工作")
    form.get_by_role("button", name="保存").click()
    expect(page.locator(".message").first).to_contain_text("已起草计划")

    task = page.locator('form[data-form="task"]')
    task.get_by_label("任务").fill("深化产业工人队伍建设改革")
    choose(task, "责任主体", "人力", "重庆市永川区人力资源和社会保障局")
    task.get_by_label("办理时限").fill("2099-12-31")
    task.get_by_role("button", name="增加").click()
    expect(page.locator('[data-list="tasks"]')).to_contain_text("深化产业工人队伍建设改革")

    adopt = page.locator('form[data-form="adopt"]')
    adopt.get_by_label("全委会").select_option(str(plenary.pk))
    adopt.get_by_role("button", name="登记审议通过").click()
    expect(page.locator(".message").first).to_contain_text("计划已审议通过")

    page.get_by_role("link", name="深化产业工人队伍建设改革").click()
    progress = page.locator('form[data-form="progress"]')
    progress.get_by_label("完成进度（%）").fill("45")
    progress.get_by_label("进展情况").fill("任务清单过半，新增高技能人才230人")
    progress.get_by_role("button", name="报告").click()
    expect(page.locator('[data-list="reports"]')).to_contain_text("新增高技能人才230人")
    plan = WorkPlan.objects.get()
    assert (plan.state, plan.plenary, plan.year) == (WorkPlan.State.ADOPTED, plenary, 2024)
    assert foreign == [] and errors == []
    officer.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_federation_records_a_campaign_a_participant_and_its_result(browser, live_server):  # noqa: F811
    body, by = m.federation()
    f.enterprise("重庆磐谷动力技术有限公司", in_region=m.yongchuan())
    foreign, errors = [], []
    officer = Visitor(browser, live_server.url, foreign, errors)
    page = officer.log_in(by)
    page.goto(f"{live_server.url}/unionwork/campaigns/new/")
    form = page.locator('form[data-form="new"]')
    form.get_by_label("年份").fill("2024")
    form.get_by_label("标题").fill("2024年“渝工五大行动”·劳动和技能竞赛")
    form.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_have_text("2024年“渝工五大行动”·劳动和技能竞赛")

    participant = page.locator('form[data-form="participant"]')
    choose(participant, "参与单位", "磐谷", "重庆磐谷动力技术有限公司")
    participant.get_by_role("button", name="增加").click()
    expect(page.locator('[data-list="participants"]')).to_contain_text("重庆磐谷动力技术有限公司")

    result = page.locator('form[data-form="result"]')
    choose(result, "参与单位", "磐谷", "重庆磐谷动力技术有限公司")
    result.get_by_label("成果").fill("开展岗位练兵12场，参与职工420人")
    result.get_by_role("button", name="记录").click()
    expect(page.locator('[data-list="participants"]')).to_contain_text("开展岗位练兵12场，参与职工420人")
    assert CampaignParticipant.objects.get().result == "开展岗位练兵12场，参与职工420人"
    assert foreign == [] and errors == []
    officer.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_records_the_three_towns_agreement_and_reports_its_progress(browser, live_server):  # noqa: F811
    m.three_towns()
    office = f.office(scope=m.yongchuan())
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/unionwork/")
    page.get_by_role("link", name="新建合作协议").click()
    form = page.locator('form[data-form="new"]')
    form.get_by_label("标题").fill("成渝双城经济圈特色产业集群三镇合作")
    choose(form, "登记地区", "宝峰", "宝峰镇")
    form.get_by_label("签订日期").fill("2024-04-17")
    parties = form.get_by_role("combobox", name="合作地区", exact=True)
    for typed, town in (("宝峰", "宝峰镇"), ("来苏", "来苏镇"), ("毗卢", "毗卢镇")):
        choose(form, "合作地区", typed, town)
        parties.fill("")  # a box of several choices keeps what was typed, and its list open
    parties.press("Escape")
    # Typed once the search boxes are done with, so no keystroke meant for them can land here.
    aims = form.get_by_label("目标内容")
    aims.fill("共建渝西南示范片特色产业集群")
    expect(aims).to_have_value("共建渝西南示范片特色产业集群")
    form.get_by_role("button", name="保存").click()
    expect(page.locator('[data-list="parties"]')).to_contain_text("毗卢镇")

    progress = page.locator('form[data-form="progress"]')
    progress.get_by_label("进展情况").fill("毗卢镇到宝峰镇学习澳洲茶树种植技术")
    progress.get_by_role("button", name="报告").click()
    expect(page.locator('[data-list="reports"]')).to_contain_text("学习澳洲茶树种植技术")
    cooperation = Cooperation.objects.get()
    assert sorted(party.region.name for party in cooperation.parties.all()) == ["宝峰镇", "来苏镇", "毗卢镇"]
    assert foreign == [] and errors == []
    visitor.close()
