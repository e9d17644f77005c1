"""A landed project followed in headless Chromium: the office revises its seat plan, the enterprise reports a
period, and the page shows seats in use against the plan."""

import pytest
from playwright.sync_api import expect

from huishang.promotion import landed
from tests import factories as f
from tests.promotion.test_landed import landed_project
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture that launches Debian's chromium)

@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_revises_the_seats_and_the_enterprise_reports_its_period(browser, live_server):  # noqa: F811
    office = f.office()
    douyin = landed_project(office)
    enterprise = f.enterprise("抖音集团内江服务中心")
    landed.link_enterprise(douyin, by=office, enterprise=enterprise)
    contact = f.enterprise_contact(of=enterprise)
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/promotion/leads/{douyin.pk}/")
    expect(page.locator("[data-linked-enterprise]")).to_have_text(enterprise.name)
    form = page.locator('form[data-action="seat-plan"]')
    form.get_by_label("新的规划席位").fill("1000")
    form.get_by_label("理由").fill("力争年底扩充到1000席")
    form.get_by_role("button", name="调整规划席位").click()
    expect(page.locator(".message-success")).to_have_text("规划席位已调整。")
    expect(page.locator("[data-seat-plan-change]")).to_contain_text("规划席位 650 → 1000")
    visitor.close()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(contact)
    page.goto(f"{live_server.url}/promotion/leads/{douyin.pk}/")
    expect(page.locator('form[data-action="seat-plan"]')).to_have_count(0)
    form = page.locator('form[data-action="report"]')
    form.get_by_label("期间起").fill("2023-01-01")
    form.get_by_label("期间止").fill("2023-09-30")
    form.get_by_label("期末在用席位").fill("650")
    form.get_by_label("本期产值（元）").fill("360000000")
    form.get_by_label("预计全年产值（元）").fill("510000000")
    form.get_by_role("button", name="提交报送").click()
    expect(page.locator(".message-success")).to_have_text("运营情况已报送。")
    expect(page.locator("[data-seats]")).to_have_text("650 / 1000")
    row = page.locator('[data-list="operation-reports"] tbody tr')
    expect(row).to_have_count(1)
    expect(row).to_contain_text("2023-01-01 – 2023-09-30")
    expect(row).to_contain_text(contact.get_full_name())
    form = page.locator('form[data-action="report"]')
    form.get_by_label("期间起").fill("2023-09-01")
    form.get_by_label("期间止").fill("2023-09-30")
    form.get_by_label("期末在用席位").fill("700")
    form.get_by_label("本期产值（元）").fill("1")
    form.get_by_role("button", name="提交报送").click()
    expect(page.locator('form[data-action="report"]')).to_contain_text("该项目已报送过此期间的部分时段。")
    visitor.close()
    assert not foreign, foreign
