"""A butler records a visit in headless Chromium; the problem found becomes a matter the office sees."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.butlers import services
from tests import factories as f
from tests.butlers.people import butler
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture that launches Debian's chromium)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_butler_records_a_visit_that_raises_a_matter(browser, live_server, tmp_path):  # noqa: F811
    f.category("talent", "用工人才")
    office = f.office()
    enterprise = f.enterprise("内江鑫宇精密模具有限公司")
    person = butler()
    services.assign_butler(by=office, enterprise=enterprise, butler=person)
    photo = tmp_path / "现场.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(person)
    page.goto(live_server.url + "/butlers/")
    row = page.locator(f'tr[data-enterprise="{enterprise.name}"]')
    expect(row).to_contain_text("从未走访")
    row.get_by_role("link", name="记录走访").click()
    expect(page.locator("h1")).to_have_text("记录走访")
    page.get_by_label("走访日期").fill(datetime.date.today().isoformat())
    page.get_by_label("接待人员").fill("王总经理、李办公室主任")
    page.get_by_label("了解企业需求").check()
    page.get_by_label("解决企业问题").check()
    page.locator("#id_notes").fill("企业新建厂房已完工，正在安装设备。")
    page.locator("#id_photos").set_input_files(str(photo))
    problem = page.locator('[data-problem="1"]')
    problem.get_by_label("发现的问题").fill("新建厂房消防验收排期较久")
    problem.get_by_label("问题描述").fill("厂房已完工，消防验收排期较久，新购设备无法进场安装。")
    problem.get_by_label("类别").select_option(label="用工人才")
    page.get_by_role("button", name="保存走访").click()
    expect(page.locator(".message-success")).to_have_text("走访已记录。")
    expect(page.locator("h1")).to_contain_text(enterprise.name)
    found = page.locator('[data-section="problems"] tbody tr')
    expect(found).to_have_count(1)
    expect(found).to_contain_text("新建厂房消防验收排期较久")
    number = found.locator("td").first.inner_text().strip()
    assert number.startswith("HS-")
    page.goto(live_server.url + "/butlers/")
    expect(page.locator(f'tr[data-enterprise="{enterprise.name}"]')).to_contain_text(datetime.date.today().isoformat())
    visitor.close()

    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(live_server.url + "/matters/")
    expect(page.get_by_role("link", name=number)).to_be_visible()
    visitor.close()
    assert not foreign, foreign
    assert not errors, errors
