"""In headless Chromium: the office issues the admission tickets of a scheduled written test, is refused publishing
until it has checked the condition staff verify, checks it and publishes; the applicant, with nothing but the
tracking number and follow-up code, sees the ticket on the tracker and downloads it as PDF."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.recruitment import services
from tests import factories as f
from tests.recruitment.exams import written_session
from tests.recruitment.rounds import DEADLINE, apply, at, proofreader_round
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture is used by name)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_issues_tickets_checks_and_publishes_and_the_applicant_downloads_the_ticket(
        browser, live_server):  # noqa: F811
    office = f.office()
    round_ = proofreader_round(office, conditions_to_verify="无犯罪记录")
    application, code = apply(round_, name="欧阳娜娜")
    services.review_application(application, by=office, approve=True)
    written_session(round_, office, rooms=[("第三考场", 30)])
    with at(DEADLINE + datetime.timedelta(days=12)):
        services.record_scores(application, by=office, written=88, interview=86)
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/recruitment/rounds/{round_.pk}/")
    page.get_by_role("link", name="考试安排与准考证").click()
    issue = page.locator('form[data-form="issue"]')
    issue.get_by_label("类型").select_option(label="笔试")
    issue.get_by_role("button", name="签发准考证").click()
    ticket = page.locator("[data-ticket]")
    expect(ticket).to_have_count(1)
    expect(ticket).to_contain_text(application.tracking_number)
    expect(ticket).to_contain_text("第三考场")
    number = ticket.get_attribute("data-ticket")

    page.get_by_role("link", name=round_.title).click()
    page.get_by_role("button", name="发布公示").click()
    expect(page.locator("body")).to_contain_text(f"以下报名人员尚有条件未核查：{application.tracking_number} 欧阳娜娜（无犯罪记录）")
    page.get_by_role("link", name="条件核查").click()
    check = page.locator('form[data-action="check"]')
    check.get_by_label("符合", exact=True).check()
    check.get_by_label("备注").fill("派出所证明已核验")
    check.get_by_role("button", name="记录核查结果").click()
    expect(page.locator('[data-condition="无犯罪记录"]')).to_contain_text("派出所证明已核验")
    page.get_by_role("link", name=round_.title).click()
    page.get_by_role("button", name="发布公示").click()
    expect(page.locator("body")).to_contain_text("结果已公示。")
    visitor.close()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.page
    page.goto(f"{live_server.url}/recruitment/")
    page.get_by_role("link", name="查询我的报名").click()
    page.get_by_label("查询号").fill(application.tracking_number)
    page.get_by_label("查询码").fill(code)
    page.get_by_role("button", name="查询").click()
    tickets = page.locator('[data-section="tickets"]')
    expect(tickets).to_contain_text(number)
    expect(tickets).to_contain_text("第三考场，1 号座位")
    with page.expect_download() as download:
        tickets.get_by_role("button", name="下载准考证（PDF）").click()
    assert download.value.suggested_filename == f"admission-ticket-{number}.pdf"
    with open(download.value.path(), "rb") as document:
        assert document.read(4) == b"%PDF"
    visitor.close()
    assert not foreign and not errors, (foreign, errors)
