"""A screening campaign in headless Chromium: the office opens it and lists an enterprise with its screener; the
union officer marks it screened and the coverage reaches 100 %."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.assessment import risks
from huishang.directory.models import Role
from tests import factories as f
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture that launches Debian's chromium)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_opens_a_campaign_and_the_union_officer_screens_the_enterprise(browser, live_server):  # noqa: F811
    office = f.office()
    officer = f.user(Role.UNION, scope=f.region())
    enterprise = f.enterprise("内江鑫宇精密模具有限公司")
    today = datetime.date.today()
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/assessment/campaigns/")
    form = page.locator('form[data-action="campaign"]')
    form.get_by_label("标题").fill("2024年劳动领域政治安全风险排查和化解专项行动")
    form.get_by_label("排查范围").fill("全市规模以上企业")
    form.get_by_label("开始日期").fill(today.isoformat())
    form.get_by_label("结束日期").fill((today + datetime.timedelta(days=60)).isoformat())
    form.get_by_role("button", name="开展专项行动").click()
    expect(page.locator(".message-success")).to_have_text("排查专项行动已开展。")
    visitor.close()
    # Choosing from the searchable lists is the widgets' own test; the list is added through the service here.
    campaign = risks.visible_campaigns(office).get()
    risks.add_target(by=office, campaign=campaign, enterprise=enterprise, screener=officer)

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(officer)
    page.goto(f"{live_server.url}/assessment/campaigns/{campaign.pk}/")
    expect(page.locator("[data-coverage]")).to_contain_text("0 / 1")
    row = page.locator(f'tr[data-target="{enterprise.name}"]')
    row.get_by_label("排查日期").fill(today.isoformat())
    row.get_by_label("排查情况").fill("未发现欠薪、裁员苗头。")
    row.get_by_role("button", name="登记已排查").click()
    expect(page.locator(".message-success")).to_contain_text("已完成排查")
    expect(page.locator("[data-coverage]")).to_contain_text("1 / 1 · 100.0%")
    expect(page.locator(f'tr[data-target="{enterprise.name}"]')).to_contain_text("未发现欠薪、裁员苗头。")
    visitor.close()
    assert not foreign, foreign
