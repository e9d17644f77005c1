"""The visit plan in headless Chromium: the office sets the frequency and sees an enterprise not visited in
time marked; its butler sees the same mark, records the visit, and the mark is gone from the office's plan."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.butlers import services
from huishang.butlers.models import ServiceArea
from huishang.core import clock
from tests import factories as f
from tests.butlers.people import butler
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture that launches Debian's chromium)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_sets_the_visit_frequency_and_an_overdue_enterprise_is_marked_until_visited(browser, live_server):  # noqa: F811
    office = f.office()
    enterprise = f.enterprise("内江鑫宇精密模具有限公司")
    person = butler()
    last_visit = clock.today() - datetime.timedelta(days=25)
    with clock.frozen_at(datetime.datetime.combine(last_visit - datetime.timedelta(days=10), datetime.time(9))):
        services.assign_butler(by=office, enterprise=enterprise, butler=person)
    with clock.frozen_at(datetime.datetime.combine(last_visit, datetime.time(10))):
        services.record_visit(by=person, enterprise=enterprise, visited_on=last_visit, people_met="王总经理",
                              areas=[ServiceArea.NEEDS])
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(live_server.url + "/butlers/visits/")
    page.get_by_role("link", name="走访计划").click()
    row = page.locator(f'tr[data-enterprise="{enterprise.name}"]')
    expect(row.locator("[data-overdue]")).to_have_count(0)
    form = page.locator('[data-form="frequency"]')
    form.get_by_label("每家结对企业至少每隔多少天走访一次（天）").fill("20")
    form.get_by_role("button", name="设置").click()
    expect(page.locator(".message-success")).to_have_text("走访频次已设置。")
    expect(row.locator("[data-overdue]")).to_have_text("逾期未走访5天")
    visitor.close()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(person)
    page.goto(live_server.url + "/butlers/")
    row = page.locator(f'tr[data-enterprise="{enterprise.name}"]')
    expect(row.locator("[data-overdue]")).to_have_text("逾期未走访5天")
    row.get_by_role("link", name="记录走访").click()
    page.get_by_label("走访日期").fill(clock.today().isoformat())
    page.get_by_label("接待人员").fill("王总经理")
    page.get_by_label("了解企业需求").check()
    page.get_by_role("button", name="保存走访").click()
    expect(page.locator(".message-success")).to_have_text("走访已记录。")
    visitor.close()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(live_server.url + "/butlers/plan/?overdue=1")
    expect(page.locator(f'tr[data-enterprise="{enterprise.name}"]')).to_have_count(0)
    visitor.close()
    assert not foreign, foreign
    assert not errors, errors
