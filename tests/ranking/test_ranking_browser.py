"""In a real browser: the office publishes a month's ranking and a unit opens the 通报; the office changes the
scheme's weights and the month's ranking follows."""

import re

import pytest
from playwright.sync_api import expect

from tests.ranking.ranking_world import history  # noqa: F401 (a fixture)
from tests.web.test_browser import Visitor, browser  # noqa: F401 (a fixture)


def _row(page, unit: str):
    return page.locator(f'section[data-kind="city"] tr[data-unit="{unit}"]')


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_publishes_a_month_and_a_unit_opens_the_tongbao(browser, live_server, history):  # noqa: F811
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(history["office"])
    page.goto(f"{live_server.url}/ranking/2024-03/")
    expect(page.locator('[data-state="open"]')).to_be_visible()
    expect(_row(page, "城建局").locator('[data-rate="solved_rate"]')).to_contain_text("75.0% (3/4)")
    expect(_row(page, "城建局").locator('[data-cell="score"]')).to_have_text("85.42")
    expect(_row(page, "水务局").locator('[data-cell="remark"]')).to_have_text("本月无事项")
    form = page.locator('form[data-action="publish"]')
    form.get_by_label("通报概述").fill("三月份全市责任单位考核情况")
    form.get_by_role("button", name="发布通报").click()
    expect(page.locator('[data-state="published"]')).to_contain_text(re.compile(r"〔\d{4}〕1号"))
    visitor.close()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(history["handler"])
    page.goto(f"{live_server.url}/ranking/2024-03/?region=511000")
    own = page.locator('tr[data-own="1"]')
    expect(own).to_have_attribute("data-unit", "城建局")
    expect(own.locator('[data-cell="rank"]')).to_have_text("1")
    with page.expect_download() as download:
        page.locator('[data-version="1"] a[data-document="pdf"]').click()
    assert download.value.suggested_filename == "ranking-2024-03-v1.pdf"
    with open(download.value.path(), "rb") as document:
        assert document.read(4) == b"%PDF"
    visitor.close()
    assert not foreign and not errors, (foreign, errors)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_changes_the_weights_and_the_ranking_follows(browser, live_server, history):  # noqa: F811
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(history["office"])
    page.goto(f"{live_server.url}/ranking/2024-03/")
    expect(_row(page, "交通局").locator('[data-cell="rank"]')).to_have_text("2")
    page.get_by_role("link", name="考核方案").click()
    form = page.locator('form[data-form="scheme"]')
    for rate, weight in (("响应率", "0"), ("解决率", "0"), ("满意率", "0"), ("回退率", "100")):
        form.get_by_label(rate, exact=True).fill(weight)
    form.get_by_role("button", name="保存").click()
    expect(page.locator("body")).to_contain_text("考核方案已保存")
    page.goto(f"{live_server.url}/ranking/2024-03/")
    # Neither unit sent anything back: both score 100 on 回退率 and share the first rank.
    expect(_row(page, "交通局").locator('[data-cell="rank"]')).to_have_text("1")
    expect(_row(page, "交通局").locator('[data-rate="send_back_rate"]')).to_contain_text("0.0% (0/1)")
    visitor.close()
    assert not foreign and not errors, (foreign, errors)
