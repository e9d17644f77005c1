"""细化工作措施 and 回访督查 in headless Chromium: the lead unit submits a work plan on the matter page, the office
approves it there, the unit reports a milestone reached; a supervisor opens a review round, records a finding that
reopens a matter (its trail shows it), finishes the round and finds its report."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.cases.states import Action, State
from huishang.supervision.models import ReviewRound, WorkPlan
from tests.cases.worlds import cast, matter_in
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the fixture)


def later(days: int) -> str:
    return (datetime.date.today() + datetime.timedelta(days=days)).isoformat()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_unit_submits_a_work_plan_the_office_approves_it_and_the_unit_reports_a_milestone_reached(
        browser, live_server):  # noqa: F811
    people = cast()
    matter = matter_in(State.IN_PROGRESS, people)
    foreign, errors = [], []

    unit = Visitor(browser, live_server.url, foreign, errors)
    page = unit.log_in(people.handler)
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    form = page.locator('form[data-action="plan-submit"]')
    form.locator('textarea[name="measures"]').fill("会同自然资源部门论证方案，按程序办理审批手续。")
    form.locator('textarea[name="milestones"]').fill(f"{later(10)} 完成方案论证\n{later(40)} 完成审批手续")
    form.locator('button[type="submit"]').click()
    expect(page.locator(".message").first).to_contain_text("工作方案已报送工作专班")
    expect(page.locator("[data-plan-status]")).to_contain_text("待审核")

    office = Visitor(browser, live_server.url, foreign, errors)
    page = office.log_in(people.office)
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    form = page.locator('form[data-action="plan-decide"]')
    form.get_by_label("审核通过").check()
    form.locator('button[type="submit"]').click()
    expect(page.locator("[data-plan-status]")).to_contain_text("已通过")

    page = unit.page
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    form = page.locator('form[data-action="plan-progress"]')
    form.locator('select[name="milestone"]').select_option(label=f"{later(10)} 完成方案论证")
    form.get_by_label("该节点已完成").check()
    form.locator('textarea[name="content"]').fill("方案已经专题会论证通过。")
    form.locator('button[type="submit"]').click()
    expect(page.locator("[data-progress-report]")).to_contain_text("方案已经专题会论证通过")
    expect(page.locator("tr[data-milestone]").first).to_contain_text("已完成")

    plan = WorkPlan.objects.get(matter=matter)
    assert plan.status == WorkPlan.Status.APPROVED and plan.decided_by == people.office
    assert foreign == [] and errors == []
    unit.close()
    office.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_supervisor_runs_a_review_round_whose_finding_reopens_a_matter_and_finishes_it(
        browser, live_server):  # noqa: F811
    people = cast()
    matter = matter_in(State.RESOLVED, people)
    foreign, errors = [], []
    today = datetime.date.today()

    supervisor = Visitor(browser, live_server.url, foreign, errors)
    page = supervisor.log_in(people.supervisor)
    page.goto(live_server.url + "/supervision/")
    page.locator("[data-rounds]").click()
    form = page.locator('form[data-action="round-new"]')
    form.locator('input[name="title"]').fill("季度回访督查")
    form.locator('input[name="period_start"]').fill((today - datetime.timedelta(days=30)).isoformat())
    form.locator('input[name="period_end"]').fill(today.isoformat())
    form.locator('select[name="region"]').select_option(label="内江市")
    form.locator(f'input[name="members"][value="{people.supervisor.pk}"]').check()
    form.locator('button[type="submit"]').click()
    expect(page.locator(".message").first).to_contain_text("已开展回访督查")

    entry = page.locator(f'[data-entry="{matter.number}"]')
    finding = entry.locator('form[data-action="finding"]')
    finding.get_by_label("现场").check()
    finding.get_by_label("未解决").check()
    finding.locator('textarea[name="note"]').fill("现场查看设备仍未到位")
    finding.locator('button[type="submit"]').click()
    expect(page.locator(".message").first).to_contain_text("督查结果已记录")
    expect(page.locator(f'[data-entry="{matter.number}"][data-checked="not_solved"]')).to_be_visible()

    page.locator('form[data-action="round-finish"] textarea').fill("发现1件问题未解决，已重办。")
    page.locator('form[data-action="round-finish"] button[type="submit"]').click()
    expect(page.locator("[data-round-status]")).to_contain_text("已结束")
    expect(page.locator('a[data-report="pdf"]')).to_be_visible()

    page.locator(f'[data-entry="{matter.number}"] a').first.click()
    expect(page.locator('.trail li[data-action="reopen"]')).to_contain_text("回访督查“季度回访督查”")

    matter.refresh_from_db()
    assert matter.state == State.IN_PROGRESS
    assert matter.trail.last().action == Action.REOPEN
    assert ReviewRound.objects.get().status == ReviewRound.Status.FINISHED
    assert foreign == [] and errors == []
    supervisor.close()
