"""In real Chromium: the searchable select narrows a long list as one types, the form sends the choice, and
the vendored script runs under the Content-Security-Policy without a violation and without the internet."""

import pytest
from playwright.sync_api import expect

from huishang.cases.states import State
from tests import factories as f
from tests.accounts.test_browser_csp import COLLECT_VIOLATIONS
from tests.web.test_browser import Visitor, browser, choose  # noqa: F401  (browser: the fixture launching chromium)
from tests.web.test_searchable_select import neijiang_tree, unit_known_as, units_named_alike


def watched(browser, live_server):  # noqa: F811
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    visitor.context.add_init_script(COLLECT_VIOLATIONS)
    return visitor, foreign, errors


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_office_finds_the_lead_and_two_supporting_units_by_typing_and_assigns_the_matter(browser, live_server):  # noqa: F811
    office = f.office()
    for name in ["区人力资源和社会保障局", "区科技局", "区经济和信息化局", "区住房和城乡建设局", "区交通运输局"]:
        f.unit(name)
    matter = f.accepted_matter(by_office=office)
    visitor, foreign, errors = watched(browser, live_server)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/matters/{matter.number}/")
    form = page.locator('form[data-action="assign"]')
    lead = form.get_by_role("combobox", name="牵头单位", exact=True)
    lead.click()
    options = page.locator("#" + lead.get_attribute("aria-controls")).get_by_role("option")
    expect(options).to_have_count(5)  # every unit, as in the plain select
    lead.press_sequentially("人力")
    expect(options).to_have_text(["区人力资源和社会保障局"])  # typing leaves only the one sought
    options.first.click()
    expect(form.locator(".ts-control .item")).to_have_text(["区人力资源和社会保障局"])
    # Several supporting units, each found by typing: no Ctrl-click in a long list.
    choose(form, "配合单位", "科技", "区科技局")
    choose(form, "配合单位", "交通", "区交通运输局")
    expect(form.locator(".ts-wrapper.multi .item")).to_have_count(2)
    form.get_by_label("或：工作日数（自今日起）").fill("10")
    form.get_by_role("button", name="交办").click()
    expect(page.locator("h1 .state")).to_have_text("已交办")
    assert page.evaluate("window.__cspViolations") == []
    visitor.close()
    assignment = matter.assignments.get()
    assert assignment.lead_unit.name == "区人力资源和社会保障局"
    assert sorted(unit.name for unit in assignment.supporting_units.all()) == ["区交通运输局", "区科技局"]
    matter.refresh_from_db()
    assert matter.state == State.ASSIGNED
    assert errors == [] and foreign == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_region_box_shows_the_tree_with_the_names_above_and_keeps_the_choices_full_name(browser, live_server):  # noqa: F811
    office = f.office(scope=neijiang_tree())
    visitor, foreign, errors = watched(browser, live_server)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/matters/new/")
    box = page.get_by_role("combobox", name="行政区划", exact=True)
    box.click()
    listbox = page.locator("#" + box.get_attribute("aria-controls"))
    # Each option: the name, then the names above it in small print.
    expect(listbox.get_by_role("option")).to_have_text([
        "内江市四川省", "市中区四川省 › 内江市", "城西街道四川省 › 内江市 › 市中区", "东兴区四川省 › 内江市",
    ])
    box.press_sequentially("市中")  # the full names are searched: the district and the street inside it
    expect(listbox.get_by_role("option")).to_have_count(2)
    listbox.get_by_role("option", name="城西街道").click()
    expect(page.locator(".ts-wrapper.single .item")).to_have_text(["四川省 › 内江市 › 市中区 › 城西街道"])
    box.press_sequentially("浦东")
    expect(listbox.locator(".no-results")).to_have_text("没有匹配的选项")
    assert page.evaluate("window.__cspViolations") == []
    visitor.close()
    assert errors == [] and foreign == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_typing_a_place_finds_its_units_and_a_short_name_two_places_share_reads_in_full(browser, live_server):  # noqa: F811
    yongchuan_unit, yangpu_unit = units_named_alike()
    unit_known_as("区人社局", "重庆市永川区人力资源和社会保障局", yongchuan_unit.region)
    unit_known_as("区民政局", "上海市杨浦区民政局", yangpu_unit.region)
    visitor, foreign, errors = watched(browser, live_server)
    page = visitor.log_in(f.admin())
    page.goto(f"{live_server.url}/matters/")
    box = page.get_by_role("combobox", name="牵头单位", exact=True)
    box.click()
    options = page.locator("#" + box.get_attribute("aria-controls")).get_by_role("option")
    expect(options).to_have_text(["区民政局", "上海市杨浦区科学技术委员会", "区人社局", "重庆市永川区科学技术局"])
    box.press_sequentially("永川")  # 区人社局 is found by its title: its full name and its place
    expect(options).to_have_count(2)
    expect(options.filter(has_text="区人社局")).to_have_count(1)
    expect(options.filter(has_text="重庆市永川区科学技术局")).to_have_count(1)
    assert page.evaluate("window.__cspViolations") == []
    visitor.close()
    assert errors == [] and foreign == []
