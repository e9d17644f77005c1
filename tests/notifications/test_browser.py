"""One matter's whole life in headless Chromium, checking at every step that whoever must act next has it on
their workbench (工作台) and under their bell, and was told by e-mail (a real SMTP server on loopback) and by
SMS (Tencent Cloud's SDK to a provider on loopback)."""

import datetime

import pytest
from playwright.sync_api import expect

from tests import factories as f
from tests.web.test_browser import Visitor, browser, choose  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def reachable(user, phone: str):
    user.email = f"{user.username}@example.cn"
    user.phone = phone
    user.save()
    return user


def test_each_next_actor_has_the_matter_on_the_workbench_in_the_bell_by_mail_and_by_sms(
        browser, live_server, inbox, sms_provider):  # noqa: F811
    f.category("talent", "用工人才")
    contact = reachable(f.enterprise_contact(), "13800000001")
    office = reachable(f.office(), "13800000002")
    handler = reachable(f.unit_handler(f.unit("区人力资源和社会保障局")), "13800000003")
    foreign, errors = [], []

    def visit(user):
        visitor = Visitor(browser, live_server.url, foreign, errors)
        return visitor, visitor.log_in(user)

    def told(user, phone: str, number: str, subject: str, template: str, saying: str = ""):
        """``user`` has the matter among the to-dos of the workbench and ``subject`` under the bell, in the
        mail and (its template) by SMS; they open the matter from the bell."""
        visitor, page = visit(user)
        expect(page.locator(f'[data-section="todos"] tr[data-matter="{number}"]')).to_have_count(1)
        expect(page.locator(".bell .bell-count")).not_to_have_text("0")
        page.locator(".bell").click()
        expect(page.locator("h1")).to_have_text("通知")
        latest = page.locator("[data-notification]").first
        expect(latest).to_contain_text(subject)
        expect(latest).to_contain_text(saying)
        assert inbox.subjects(user.email)[-1] == subject
        assert sms_provider.sent[-1]["PhoneNumberSet"] == ["+86" + phone]
        assert sms_provider.sent[-1]["TemplateId"] == template and sms_provider.sent[-1]["TemplateParamSet"][0] == number
        latest.get_by_role("link", name=subject).click()
        expect(page.locator("h1")).to_contain_text("数控技工招聘困难")
        return visitor, page

    # The enterprise raises the problem: the office is told.
    visitor, page = visit(contact)
    visitor.open_menu("反映问题")
    page.get_by_label("标题").fill("数控技工招聘困难")
    page.get_by_label("问题描述").fill("新建产线缺少数控技工约40人，希望协调专场招聘。")
    page.get_by_label("类别").select_option(label="用工人才")
    page.get_by_role("button", name="提交").click()
    expect(page.locator(".message-success")).to_contain_text("已提交")
    number = page.locator(".crumbs").inner_text().split("›")[-1].strip()
    visitor.close()

    # The office accepts it: the enterprise is told; then it assigns it: the unit is told.
    visitor, page = told(office, "13800000002", number, f"待受理的新事项 {number}", "cases.submit")
    visitor.act("accept")
    expect(page.locator("h1 .state")).to_have_text("已受理")
    assert inbox.subjects(contact.email) == [f"您的事项 {number} 已受理"]
    assert sms_provider.sent[-1]["TemplateId"] == "cases.accept"
    form = page.locator('form[data-action="assign"]')
    choose(form, "牵头单位", "人力", "区人力资源和社会保障局")
    form.locator('input[name$="due"]').fill((datetime.date.today() + datetime.timedelta(days=14)).isoformat())
    form.locator('button[type="submit"]').click()
    expect(page.locator("h1 .state")).to_have_text("已交办")
    visitor.close()

    # The unit signs for it and answers: the enterprise must review the answer.
    visitor, page = told(handler, "13800000003", number, f"事项 {number} 已交办贵单位", "cases.assign")
    sent_before = len(sms_provider.sent)
    visitor.act("acknowledge")
    expect(page.locator("h1 .state")).to_have_text("办理中")
    assert len(sms_provider.sent) == sent_before  # signing for it tells nobody
    visitor.act("respond", {"textarea": "已于本周举办数控技工专场招聘会，达成就业意向42人。"})
    expect(page.locator("h1 .state")).to_have_text("已答复")
    visitor.close()

    # The enterprise is not satisfied: the matter is back with the unit.
    visitor, page = told(contact, "13800000001", number, f"您的事项 {number} 已答复，请评价", "cases.respond")
    form = page.locator('form[data-action="review"]')
    form.get_by_label("不满意：持续推进（退回责任单位继续办理）").check()
    form.get_by_label("未解决").check()
    form.locator("textarea").fill("招聘会未覆盖焊工岗位")
    form.get_by_role("button", name="复核").click()
    expect(page.locator("h1 .state")).to_have_text("办理中")
    visitor.close()

    # The unit answers again; the enterprise is satisfied and the matter is resolved.
    visitor, page = told(handler, "13800000003", number, f"事项 {number} 需继续办理", "cases.continue",
                         saying="招聘会未覆盖焊工岗位")
    visitor.act("respond", {"textarea": "已增开焊工专场，达成意向15人。"})
    expect(page.locator("h1 .state")).to_have_text("已答复")
    visitor.close()
    visitor, page = told(contact, "13800000001", number, f"您的事项 {number} 已答复，请评价", "cases.respond")
    form = page.locator('form[data-action="review"]')
    form.get_by_label("满意：事项办结").check()
    form.get_by_label("已解决", exact=True).check()
    form.get_by_role("button", name="复核").click()
    expect(page.locator("h1 .state")).to_have_text("已办结")
    visitor.close()

    assert foreign == [] and errors == []
