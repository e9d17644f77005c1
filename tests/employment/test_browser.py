"""钟爱敏's evening, in headless Chromium: she registers at the station, a cleaner's job is posted the same
day, the matcher puts her first and the staff match her; the station counts a same-day match."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from huishang.employment.figures import employment_figures
from huishang.figures.scopes import scope_from
from tests.employment import makers as m
from tests.web.test_browser import Visitor, browser  # noqa: F401 (the browser fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_seeker_registered_in_the_morning_is_matched_to_a_job_posted_the_same_day(browser, live_server):  # noqa: F811
    station = m.station()
    staff = m.staff_of(station)
    m.seeker(station, by=staff, name="王建国", skills="电工", hours=(18, 23), wage=4000)
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(staff)
    page.goto(f"{live_server.url}/employment/stations/{station.pk}/")

    seeker_form = page.locator('form[data-form="seeker"]')
    seeker_form.get_by_label("姓名").fill("钟爱敏")
    seeker_form.get_by_label("电话").fill("13812345678")
    seeker_form.get_by_label("社区").fill("南文营社区")
    seeker_form.get_by_label("技能", exact=True).fill("保洁、家政")
    seeker_form.get_by_label("可工作开始时间").fill("08:00")
    seeker_form.get_by_label("可工作结束时间").fill("18:00")
    seeker_form.get_by_label("期望月薪（元）").fill("2500")
    seeker_form.get_by_role("button", name="登记").click()
    expect(page.locator("h1")).to_have_text("钟爱敏")
    expect(page.locator(".details")).to_contain_text("138****5678")

    page.get_by_role("link", name=station.name).click()
    job_form = page.locator('form[data-form="job"]')
    job_form.get_by_label("岗位名称").fill("保洁员")
    job_form.get_by_label("用工单位").fill("南文营社区养老服务驿站")
    job_form.get_by_label("社区").fill("南文营社区")
    job_form.get_by_label("所需技能").fill("保洁")
    job_form.get_by_label("上班时间").fill("09:00")
    job_form.get_by_label("下班时间").fill("17:00")
    job_form.get_by_label("月薪（元）").fill("2600")
    job_form.get_by_role("button", name="发布").click()
    expect(page.locator("h1")).to_contain_text("保洁员")

    first = page.locator('[data-list="candidates"] tbody tr').first
    expect(first).to_have_attribute("data-seeker", "钟爱敏")
    first.get_by_role("button", name="对接").click()
    expect(page.locator(".message-success")).to_contain_text("钟爱敏")
    expect(page.locator('[data-list="placements"]')).to_contain_text("待面试")
    visitor.close()

    today = timezone.localdate().isoformat()
    figures = employment_figures(scope_from(date_from=today, date_to=today))
    assert (figures["station_matched"], figures["station_same_day"], figures["station_same_day_rate"]) == (1, 1, 100.0)
    assert foreign == [] and errors == []
