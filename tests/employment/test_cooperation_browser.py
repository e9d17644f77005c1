"""School–enterprise cooperation in headless Chromium: the office records a school's
training base, is told that a factory in the school needs the school's base, records the cooperation on that base,
and adds a trainee whose ID number the page shows masked."""

import pytest
from playwright.sync_api import expect

from huishang.employment.models import Cooperation
from tests import factories as f
from tests.employment import makers as m
from tests.web.test_browser import Visitor, browser, choose  # noqa: F401 (the browser fixture)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_records_a_factory_in_the_school_on_the_schools_base_and_its_trainees(
        browser, live_server):  # noqa: F811
    school = m.school("内江职业技术学院")
    f.enterprise("内江软通动力信息技术有限公司")
    office = f.office()
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/employment/cooperation/")
    expect(page.locator("h1")).to_have_text("校企合作")

    base_form = page.locator('form[data-form="training-base"]')
    base_form.get_by_label("名称").fill("内江职院数字服务实训基地")
    choose(base_form, "建设单位", "内江职业", "内江职业技术学院")
    base_form.get_by_label("实训专业（工种）").fill("呼叫中心客服、数据标注")
    base_form.get_by_label("实训工位").fill("60")
    base_form.get_by_label("启用日期").fill("2023-03-01")
    base_form.get_by_role("button", name="记录").click()
    expect(page.locator('[data-list="training-bases"]')).to_contain_text("内江职院数字服务实训基地")

    form = page.locator('form[data-form="cooperation"]')
    choose(form, "合作院校", "内江职业", "内江职业技术学院")
    choose(form, "企业", "软通", "内江软通动力信息技术有限公司")
    form.get_by_label("合作模式").select_option(label="校中厂")
    form.get_by_label("开始日期").fill("2023-09-01")
    form.get_by_label("结束日期").fill("2024-06-30")
    form.get_by_label("名额").fill("40")
    form.get_by_role("button", name="记录").click()
    expect(form.locator(".error").first).to_contain_text("校中厂须依托")
    assert not Cooperation.objects.exists()

    # The refused form keeps what was filled in: only the base is added.
    expect(form.get_by_label("名额")).to_have_value("40")
    choose(form, "实训基地", "数字服务", "内江职院数字服务实训基地")
    form.get_by_role("button", name="记录").click()
    expect(page.locator("h1")).to_have_text("内江职业技术学院 × 内江软通动力信息技术有限公司")

    id_number = m.id_number("20040101", 7)
    trainee = page.locator('form[data-form="trainee"]')
    trainee.get_by_label("姓名").fill("张小雨")
    trainee.get_by_label("身份证号").fill(id_number)
    trainee.get_by_label("加入日期").fill("2023-09-05")
    trainee.get_by_role("button", name="记录").click()
    expect(page.locator('[data-figure="trainees"]')).to_have_text("1")
    expect(page.locator('[data-list="trainees"]')).to_contain_text(id_number[:6] + "********" + id_number[-4:])
    expect(page.locator('[data-list="trainees"]')).not_to_contain_text(id_number)
    visitor.close()

    cooperation = Cooperation.objects.get()
    assert (cooperation.school, cooperation.form, cooperation.training_base.name) == (
        school, "factory_in_school", "内江职院数字服务实训基地")
    assert not foreign and not errors
