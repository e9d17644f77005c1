"""An internship base to a paid subsidy, in headless Chromium: the office recognises an outsourcing enterprise's
application, the base offers a post and takes an intern, the internship is completed and the intern kept on; the
office enters the intern's subsidy from the intern's row, is refused above the monthly cap naming the rule, enters
it within, records its payment, and the ledger totals it by kind."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from huishang.employment.models import Intern, Subsidy
from tests import factories as f
from tests.employment import makers as m
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the browser fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_interns_subsidy_is_entered_from_a_recognised_base_and_refused_above_the_cap(  # noqa: F811
        browser, live_server):
    office = f.office()
    base = m.base(office=office, enterprise=f.enterprise(name="内江甜城呼叫中心有限公司"), recognised_on=None)
    today = timezone.localdate()

    def day(offset: int) -> str:
        return (today + datetime.timedelta(days=offset)).isoformat()

    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/employment/internships/")
    page.get_by_role("link", name="内江甜城呼叫中心有限公司").click()
    expect(page.locator("h1")).to_have_text("内江甜城呼叫中心有限公司")
    expect(page.locator(".lead")).to_contain_text("审核中")

    recognise = page.locator('form[data-form="recognise"]')
    recognise.get_by_label("认定日期").fill(day(-200))
    recognise.get_by_label("有效期至").fill(day(500))
    recognise.get_by_role("button", name="认定").click()
    expect(page.locator(".lead")).to_contain_text("已认定")

    post = page.locator('form[data-form="post"]')
    post.get_by_label("岗位", exact=True).fill("话务专员")
    post.get_by_label("名额").fill("5")
    post.get_by_role("button", name="添加").click()
    expect(page.locator('[data-list="posts"]')).to_contain_text("话务专员")

    full_id = m.id_number("20010305", 808)
    intern_form = page.locator('form[data-form="intern"]')
    intern_form.get_by_label("姓名").fill("李思雨")
    intern_form.get_by_label("身份证号").fill(full_id)
    intern_form.get_by_label("电话").fill("13900001111")
    intern_form.get_by_label("见习岗位").select_option(label="话务专员")
    intern_form.get_by_label("开始日期").fill(day(-180))
    intern_form.get_by_label("结束日期").fill(day(-91))
    intern_form.get_by_role("button", name="记录").click()
    row = page.locator('[data-list="interns"] tr[data-intern="李思雨"]')
    expect(row).to_contain_text(full_id[:6] + "********" + full_id[-4:])
    expect(row).to_contain_text("139****1111")

    row.get_by_role("button", name="见习期满").click()
    expect(row).to_contain_text("见习期满")
    row.locator('input[name="hired"][value="yes"]').check()
    row.locator('form[data-action="hired"]').get_by_role("button", name="记录").click()
    expect(row.locator("td").nth(7)).to_have_text("是")

    row.get_by_role("link", name="登记补贴").click()
    subsidy_form = page.locator('form[data-form="subsidy"]')
    expect(subsidy_form.get_by_label("补贴类别")).to_have_value("internship")
    expect(subsidy_form.get_by_label("补贴期间起")).to_have_value(day(-180))
    subsidy_form.get_by_label("金额（元）").fill("99999")
    subsidy_form.get_by_role("button", name="录入").click()
    expect(page.locator('form[data-form="subsidy"] .error')).to_contain_text("就业见习补贴不超过补贴月数×每月上限")
    assert not Subsidy.objects.exists()

    subsidy_form.get_by_label("金额（元）").fill("2700")
    subsidy_form.get_by_role("button", name="录入").click()
    expect(page.locator("h1")).to_contain_text("就业见习补贴")
    expect(page.locator('[data-field="amount"]')).to_have_text("2700.00")
    payment = page.locator('form[data-form="payment"]')
    payment.get_by_label("发放日期").fill(today.isoformat())
    payment.get_by_role("button", name="记录").click()
    expect(page.locator('[data-field="paid-on"]')).to_have_text(today.isoformat())

    page.goto(f"{live_server.url}/employment/subsidies/")
    expect(page.locator('[data-list="subsidy-totals"] tr[data-kind="internship"]')).to_contain_text("2700.00")
    visitor.close()

    subsidy = Subsidy.objects.get()
    intern = Intern.objects.get()
    assert (subsidy.intern, subsidy.enterprise, subsidy.amount_fen, subsidy.approved_by) == (
        intern, base.enterprise, 270_000, office)
    assert intern.outcome == Intern.Outcome.COMPLETED and intern.hired_after is True
    assert foreign == [] and errors == []
