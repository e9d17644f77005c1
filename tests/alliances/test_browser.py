"""A studio leader books a shared resource and records an agreement in headless Chromium; the owner approves,
the leader cancels the booking and reports the agreement's progress."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.core import clock
from tests import factories as f
from tests.alliances import world
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture is used by name)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_leader_books_a_resource_records_an_agreement_cancels_and_reports_progress(browser, live_server):  # noqa: F811
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    mine, partner = world.member(alliance, admin=admin), world.member(alliance, admin=admin)
    keeper = world.person()
    resource = world.resource(alliance, admin=admin, keeper=keeper)
    day = clock.today() + datetime.timedelta(days=2)
    foreign, errors = [], []

    leader = Visitor(browser, live_server.url, foreign, errors)
    page = leader.log_in(mine.leader)
    page.goto(f"{live_server.url}/alliances/resources/{resource.pk}/")
    form = page.locator('form[data-form="booking"]')
    form.locator("#id_studio").select_option(str(mine.pk))
    form.locator("#id_starts_on").fill(day.isoformat())
    form.locator("#id_ends_on").fill(day.isoformat())
    form.locator("#id_purpose").fill("配网带电作业技能实训")
    form.get_by_role("button", name="预约").click()
    expect(page.locator(".message-success")).to_contain_text("预约已提交所属单位审批")
    expect(page.locator(f'tr[data-day="{day.isoformat()}"]')).to_contain_text("待审批")

    form = page.locator('form[data-form="booking"]')
    form.locator("#id_studio").select_option(str(mine.pk))
    form.locator("#id_starts_on").fill(day.isoformat())
    form.locator("#id_ends_on").fill(day.isoformat())
    form.locator("#id_purpose").fill("重复预约")
    form.get_by_role("button", name="预约").click()
    expect(page.locator(".error")).to_contain_text("这些日期已被")

    page.goto(f"{live_server.url}/alliances/{alliance.pk}/agreements/new/")
    form = page.locator('form[data-form="agreement"]')
    form.locator("#id_subject").fill("配网不停电作业工器具联合研制")
    parties = form.get_by_role("combobox", name="协议各方", exact=True)  # the searchable select: type, then pick
    parties.click()
    parties.press_sequentially("劳模创新工作室")
    listed = form.locator("#" + parties.get_attribute("aria-controls"))
    listed.get_by_role("option", name=mine.name).click()
    listed.get_by_role("option", name=partner.name).click()
    form.locator("#id_signed_on").fill("2023-04-12")
    form.get_by_role("button", name="保存").click()
    expect(page.locator(".message-success")).to_contain_text("合作协议已登记")
    expect(page.locator("#agreements")).to_contain_text("配网不停电作业工器具联合研制")
    leader.close()

    owner = Visitor(browser, live_server.url, foreign, errors)
    page = owner.log_in(keeper)
    page.goto(f"{live_server.url}/alliances/resources/{resource.pk}/")
    page.get_by_role("button", name="批准").click()
    expect(page.locator(f'tr[data-day="{day.isoformat()}"]')).to_contain_text("已批准")
    owner.close()

    leader = Visitor(browser, live_server.url, foreign, errors)
    page = leader.log_in(mine.leader)
    page.goto(f"{live_server.url}/alliances/resources/{resource.pk}/")
    page.get_by_role("button", name="取消预约").click()
    expect(page.locator(".message-success")).to_contain_text("预约已取消")
    expect(page.locator(f'tr[data-day="{day.isoformat()}"]')).not_to_contain_text("已批准")

    page.goto(f"{live_server.url}/alliances/{alliance.pk}/")
    page.locator("#agreements").get_by_role("link", name="报告进展").click()
    form = page.locator('form[data-form="progress"]')
    form.locator("#id_progress").fill("40")
    form.locator("#id_note").fill("完成样机试制，进入带电测试")
    form.get_by_role("button", name="保存").click()
    expect(page.locator(".message-success")).to_contain_text("进展已登记")
    expect(page.locator("#agreements")).to_contain_text("40%")
    leader.close()

    assert not foreign, foreign
    assert not errors, errors
    assert resource.bookings.get().state == "cancelled"
    agreement = alliance.agreements.get()
    assert agreement.parties.count() == 2
    assert agreement.progress == 40 and "完成样机试制，进入带电测试" in agreement.progress_note
