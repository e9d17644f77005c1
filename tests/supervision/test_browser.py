"""The supervisor's board in headless Chromium: charts drawn from vendored ECharts, the carded matter
opened from the board, a reminder sent from the matter page, the board exported to Excel."""

import datetime

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from huishang.cases.states import State
from huishang.supervision.cards import compute_cards
from huishang.supervision.models import Reminder
from tests.cases.worlds import cast, matter_in
from tests.supervision.conftest import handed_out
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the fixture)

YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_supervisor_reads_the_board_opens_a_carded_matter_and_reminds_its_unit(browser, live_server, tmp_path):  # noqa: F811
    people = cast()
    overdue = handed_out(people, on=YESTERDAY - datetime.timedelta(days=20), due=YESTERDAY)
    matter_in(State.RESOLVED, people)
    compute_cards()
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(people.supervisor)

    page.goto(live_server.url + "/supervision/")
    expect(page.locator("h1")).to_have_text("督查看板")
    ranking = page.locator('[data-section="ranking"] tbody tr')
    expect(ranking).to_have_count(1)
    expect(ranking.first).to_contain_text(people.handler.organization.name)
    expect(ranking.first.locator('[data-rate="resolution"]')).to_have_text("50.0")
    expect(page.locator("#chart-ranking canvas")).to_have_count(1)
    expect(page.locator("#chart-cards canvas")).to_have_count(1)
    expect(page.locator('[data-section="carded"] [data-card="yellow"]')).to_have_text("黄牌")

    with page.expect_download() as download:
        page.locator("[data-export]").click()
    saved = tmp_path / "board.xlsx"
    download.value.save_as(saved)
    assert load_workbook(saved).sheetnames[0] == "单位排名"

    page.locator('[data-section="carded"]').get_by_role("link", name=overdue.number).click()
    expect(page.locator('[data-section="supervision"]')).to_contain_text("黄牌")
    form = page.locator('form[data-action="remind"]')
    form.locator("textarea").fill("请于本周五前办结并反馈")
    form.locator('button[type="submit"]').click()
    expect(page.locator(".messages, [role=status], .message").first).to_contain_text("已催办责任单位")
    expect(page.locator("[data-reminder]")).to_contain_text("请于本周五前办结并反馈")
    assert Reminder.objects.get(matter=overdue).by == people.supervisor
    assert foreign == [] and errors == []
    visitor.close()
