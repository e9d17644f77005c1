"""An officer records a recruitment night market in headless Chromium: the event, an employer with the
positions collected, and the employment intentions reached there; the event's figures follow."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.recruitment.models import Event, Intention
from tests import factories as f
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture is used by name)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_officer_records_an_event_with_its_employers_and_intentions(browser, live_server):  # noqa: F811
    office = f.office()
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(live_server.url + "/recruitment/events/")
    page.get_by_role("link", name="登记招聘活动").click()

    event_form = page.locator('form[data-form="event"]')
    event_form.get_by_label("类型").select_option(label="招聘夜市")
    event_form.get_by_label("活动名称").fill("东兴区“春风行动”招聘夜市")
    event_form.get_by_label("举办日期").fill("2023-05-10")
    event_form.get_by_label("地点").fill("东兴区万达广场")
    event_form.get_by_role("button", name="保存").click()
    expect(page.locator("h1")).to_have_text("东兴区“春风行动”招聘夜市")

    employer_form = page.locator('form[data-form="employer"]')
    employer_form.get_by_label("用人单位").fill("四川省内江医药有限公司")
    employer_form.get_by_label("采集岗位").fill("仓管员，3\n配送司机，2")
    employer_form.get_by_role("button", name="登记参会单位").click()
    employer = page.locator('[data-employer="四川省内江医药有限公司"]')
    expect(employer).to_contain_text("仓管员 × 3")

    employer.get_by_label("就业意向").fill("李明，仓管员\n王芳，配送司机")
    employer.get_by_role("button", name="记录就业意向").click()
    expect(page.locator(".message-success")).to_contain_text("2")
    expect(page.locator('[data-employer="四川省内江医药有限公司"] [data-list="intentions"] li')).to_have_text(
        ["李明 · 仓管员", "王芳 · 配送司机"])
    expect(page.locator('[data-figure="positions"] .figure-value')).to_have_text("2")
    expect(page.locator('[data-figure="intentions"] .figure-value')).to_have_text("2")
    visitor.close()

    event = Event.objects.get()
    assert (event.kind, event.held_on, event.organised_by) == (
        Event.Kind.NIGHT_MARKET, datetime.date(2023, 5, 10), office)
    assert Intention.objects.filter(participation__event=event).count() == 2
    assert foreign == [] and errors == []
