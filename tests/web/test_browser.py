"""One matter walked through the real UI in headless Chromium, each role signing in on the login page."""

import datetime
import shutil
from urllib.parse import urlsplit

import pytest
from django.db import connections
from playwright.sync_api import expect, sync_playwright

from huishang.accounts import second_factor
from tests import factories as f

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def browser():
    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is needed for the browser tests (./run test installs it)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
        # Within sync_playwright the test runs in a context of its own (contextvars), so the database connection
        # it opened is not the one Django closes at the end of the session; left open, it kept PostgreSQL from
        # dropping the test database ("being accessed by other users"). Browser tests are transactional, so
        # nothing is rolled back by closing it here.
        connections.close_all()


class Visitor:
    """One person at the browser: a fresh session that records every request the pages make."""

    def __init__(self, browser, base_url, foreign_requests, page_errors):
        self.context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(15_000)
        self.page = self.context.new_page()
        self.base_url = base_url
        self.page.on("request", lambda request: _note_if_foreign(request.url, foreign_requests))
        self.page.on("pageerror", lambda error: page_errors.append(str(error)))
        # Irreversible steps ask first (web/confirmation.py); this visitor says yes and keeps the questions.
        self.questions = []
        self.page.on("dialog", self._confirm)

    def _confirm(self, dialog):
        self.questions.append(dialog.message)
        dialog.accept()

    def log_in(self, user):
        page = self.page
        page.goto(self.base_url + "/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", f.PASSWORD)
        page.get_by_role("button", name="登录").click()
        if second_factor.confirmed_device(user) is not None:
            page.fill("#id_otp", f.one_time_code(user))
            page.get_by_role("button", name="验证").click()
        expect(page.locator("h1")).to_have_text("工作台")
        return page

    def open_menu(self, name: str):
        self.page.locator(".mainnav").get_by_role("link", name=name, exact=True).click()

    def act(self, action: str, fields=None):
        """Fill and send the action form ``action`` of the matter page."""
        form = self.page.locator(f'form[data-action="{action}"]')
        for selector, value in (fields or {}).items():
            form.locator(selector).fill(value)
        form.locator('button[type="submit"]').click()

    def close(self):
        self.context.close()


def _note_if_foreign(url, foreign_requests):
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob"):
        return
    if parts.hostname not in LOCAL_HOSTS:
        foreign_requests.append(url)


def figure(page, key):
    return page.locator(f'[data-figure="{key}"] .figure-number')


def choose(scope, label: str, typed: str, option: str):
    """In the searchable select labelled ``label``, type ``typed`` as a person does and click ``option``."""
    box = scope.get_by_role("combobox", name=label, exact=True)
    box.click()
    box.press_sequentially(typed)
    # The list opens inside the field (Tom Select keeps its dropdown beside the box), so within ``scope``.
    scope.locator("#" + box.get_attribute("aria-controls")).get_by_role("option", name=option).click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_one_matter_walks_from_the_enterprise_through_the_meeting_to_resolution(browser, live_server, tmp_path):
    f.category("talent", "用工人才")
    contact = f.enterprise_contact()
    office = f.office()
    handler = f.unit_handler(f.unit("区人力资源和社会保障局"))
    leader = f.leader()
    leader.name = "王区长"
    leader.save()
    supervisor = f.supervisor()
    foreign, errors = [], []

    def visit(user):
        visitor = Visitor(browser, live_server.url, foreign, errors)
        return visitor, visitor.log_in(user)

    # The leader's dashboard before anything happened.
    visitor, page = visit(leader)
    visitor.open_menu("数据看板")
    expect(figure(page, "resolved")).to_have_text("0")
    expect(figure(page, "resolution_rate")).to_have_text("0.0")
    visitor.close()

    # The enterprise raises the problem through the form.
    visitor, page = visit(contact)
    visitor.open_menu("反映问题")
    page.get_by_label("标题").fill("数控技工招聘困难")
    page.get_by_label("问题描述").fill("新建产线缺少数控技工约40人，希望协调专场招聘。")
    page.get_by_label("类别").select_option(label="用工人才")
    page.get_by_role("button", name="提交").click()
    expect(page.locator(".message-success")).to_contain_text("已提交")
    expect(page.locator("h1 .state")).to_have_text("已提交")
    number = page.locator(".crumbs").inner_text().split("›")[-1].strip()
    assert number.startswith("HS-")
    visitor.close()

    # The office accepts it, schedules a consultation meeting, puts the matter on it and assigns it there.
    visitor, page = visit(office)
    page.locator('[data-section="to_accept"]').get_by_role("link", name=number).click()
    visitor.act("accept")
    expect(page.locator(".message-success")).to_have_text("事项已受理。")
    expect(page.locator("h1 .state")).to_have_text("已受理")
    visitor.open_menu("会议")
    page.get_by_role("link", name="新建会议").click()
    page.get_by_label("日期").fill(datetime.date.today().isoformat())
    choose(page, "主持人", "王", "王区长")
    page.get_by_label("地点").fill("区政府三楼会议室")
    page.get_by_role("button", name="创建").click()
    expect(page.locator("h1")).to_contain_text("企业化解难题问题会商会")
    choose(page, "已受理的事项", "数控", f"{number} 数控技工招聘困难")
    page.get_by_role("button", name="列入议题").click()
    item = page.locator(f'.agenda-item[data-matter="{number}"]')
    expect(item.locator(".outcome")).to_have_text("待议定")
    item.locator('textarea[name$="-decision"]').fill("由区人社局牵头，两周内组织专场招聘会")
    choose(item, "牵头单位", "人力", "区人力资源和社会保障局")
    item.locator('input[name$="-due"]').fill((datetime.date.today() + datetime.timedelta(days=14)).isoformat())
    item.get_by_role("button", name="记录议定结果").click()
    expect(item.locator(".outcome")).to_have_text("已交办")
    item.get_by_role("link", name=number).click()
    expect(page.locator("h1 .state")).to_have_text("已交办")
    visitor.close()

    # The unit acknowledges and responds.
    visitor, page = visit(handler)
    page.locator('[data-section="to_acknowledge"]').get_by_role("link", name=number).click()
    visitor.act("acknowledge")
    expect(page.locator("h1 .state")).to_have_text("办理中")
    visitor.act("respond", {"textarea": "已于本周举办数控技工专场招聘会，达成就业意向42人。"})
    expect(page.locator("h1 .state")).to_have_text("已答复")
    # Sending the answer cannot be undone: the browser asked first.
    assert visitor.questions == ["将此答复发送给提交人复核？发送后不能修改。"]
    visitor.close()

    # The enterprise reviews the result: satisfied.
    visitor, page = visit(contact)
    page.locator('[data-section="to_review"]').get_by_role("link", name=number).click()
    form = page.locator('form[data-action="review"]')
    form.get_by_label("满意：事项办结").check()
    form.get_by_label("已解决", exact=True).check()
    # An enterprise reviews online; 现场复核 is the supervision group's to choose, so the enterprise is not asked.
    expect(form.get_by_label("复核方式")).to_have_count(0)
    form.get_by_role("button", name="复核").click()
    expect(page.locator("h1 .state")).to_have_text("已办结")
    visitor.close()

    # The supervisor reads the whole trail.
    visitor, page = visit(supervisor)
    visitor.open_menu("事项")
    page.get_by_role("link", name=number).click()
    steps = page.locator(".trail-step strong")
    expect(steps).to_have_text(["提交", "受理", "列入会商议题", "交办", "签收", "答复", "办结"])
    visitor.close()

    # The leader's dashboard now counts the resolved matter.
    visitor, page = visit(leader)
    visitor.open_menu("数据看板")
    expect(figure(page, "resolved")).to_have_text("1")
    expect(figure(page, "resolution_rate")).to_have_text("100.0")
    expect(page.locator("#chart-by-unit canvas")).to_have_count(1)
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    visitor.close()

    assert foreign == [], f"pages asked for resources outside this machine: {foreign}"
    assert errors == [], f"scripts failed in the page: {errors}"
