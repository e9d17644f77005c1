"""In real Chromium: a column header sorts the matter list and says so to a screen reader, the filter comes
back when the list is opened again from the menu, and 清除筛选 forgets it."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories as f
from tests.web.test_browser import Visitor, browser  # noqa: F401  (browser: the fixture launching chromium)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_header_click_sorts_the_matters_and_the_last_filter_returns_until_cleared(browser, live_server):  # noqa: F811
    office = f.office()
    first, second = f.matter(title="第一件"), f.matter(title="第二件")
    f.accepted_matter(by_office=office, title="已受理的一件")
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/matters/")
    rows = page.locator("table.matters tbody tr td:first-child")
    expect(rows).to_have_count(3)
    number_header = page.get_by_role("columnheader", name=re.compile("^编号"))
    number_header.get_by_role("link").click()
    expect(number_header).to_have_attribute("aria-sort", "ascending")
    expect(rows.first).to_have_text(first.number)
    number_header.get_by_role("link").click()  # the same header again: the other way round
    expect(number_header).to_have_attribute("aria-sort", "descending")
    page.get_by_label("状态", exact=True).select_option("submitted")
    page.get_by_role("button", name="筛选").click()
    expect(rows).to_have_text([second.number, first.number])  # filtered, still newest number first
    page.goto(f"{live_server.url}/")
    page.goto(f"{live_server.url}/matters/")  # opened bare, as from the menu
    expect(page).to_have_url(re.compile(r"/matters/\?.*state=submitted"))
    expect(rows).to_have_text([second.number, first.number])
    page.get_by_role("link", name="清除筛选").click()
    expect(page).to_have_url(f"{live_server.url}/matters/")
    expect(rows).to_have_count(3)
    visitor.close()
    assert errors == [] and foreign == []
