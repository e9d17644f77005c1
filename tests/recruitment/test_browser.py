"""An anonymous applicant applies in headless Chromium, keeps the codes and follows the application."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.recruitment import services
from huishang.recruitment.models import Education
from tests import factories as f
from tests.recruitment.rounds import id_number
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture is used by name)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_anonymous_applicant_applies_and_follows_the_application(browser, live_server):  # noqa: F811
    today = datetime.date.today()
    round_ = services.create_round(
        by=f.office(), title="内江日报社招聘校对人员公告", employer="内江日报社", post="校对人员", head_count=3,
        region=f.region(), announced_on=today, deadline=today + datetime.timedelta(days=14),
        min_education=Education.JUNIOR_COLLEGE, born_on_or_after=datetime.date(1983, 1, 1),
        conditions_to_confirm="身体健康，适应夜班工作。",
    )
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.page
    page.goto(live_server.url + "/recruitment/")
    page.get_by_role("link", name=round_.title).click()
    expect(page.locator("h1")).to_have_text(round_.title)
    page.get_by_label("姓名").fill("黄志强")
    page.get_by_label("身份证号").fill(id_number(datetime.date(1982, 12, 31)))
    page.get_by_label("手机号码").fill("13883201234")
    page.get_by_label("最高学历").select_option(label="大学本科")
    page.get_by_label("是", exact=True).check()
    page.get_by_label("毕业院校").fill("内江师范学院")
    page.get_by_label("本人确认符合公告中的其他应聘条件").check()
    page.get_by_role("button", name="提交报名").click()
    expect(page.locator("h1")).to_have_text("报名已提交")
    expect(page.locator('[data-eligibility="ineligible"]')).to_be_visible()
    expect(page.locator(".reasons li")).to_have_text(["1983-01-01以前出生。"])
    tracking_number = page.locator('[data-receipt="tracking_number"]').inner_text().strip()
    follow_up_code = page.locator('[data-receipt="follow_up_code"]').inner_text().strip()

    page.get_by_role("link", name="查询我的报名").click()
    page.get_by_label("查询号").fill(tracking_number)
    page.get_by_label("查询码").fill(follow_up_code)
    page.get_by_role("button", name="查询").click()
    expect(page.locator("[data-status]")).to_contain_text("待审查")
    visitor.close()
    assert foreign == [] and errors == []
