"""Union work in headless Chromium: a member unit reports progress on its reform task and the group's page shows
it; the organisers score a competition, the ranking puts a tie on one rank, and publishing gives the awards."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.unionwork import services
from huishang.unionwork.models import Entry
from tests import factories as f
from tests.unionwork import makers as m
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the fixture)


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
