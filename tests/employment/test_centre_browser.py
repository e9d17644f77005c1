"""The "1+N" centre in headless Chromium: 容东's office opens the employment service centre, places two job stations
under it, and the centre's page compares their jobs, registrations, matches and hires for a chosen period, with the
sum of its stations."""

import datetime

import pytest
from playwright.sync_api import expect

from huishang.core import clock
from huishang.employment import centres, services
from huishang.employment.models import EmploymentCentre, Placement
from tests import factories as f
from tests.employment import makers as m
from tests.web.test_browser import Visitor, browser, choose  # noqa: F401 (the browser fixture)


def _stations(office):
    """南文营: two people registered on 9 October 2023, one matched that evening and hired, one job of one opening;
    北文营: one registered, a job of three openings."""
    south = centres.open_station(by=office, name="南文营社区零工驿站", region=m.rongdong(), community="南文营社区")
    north = centres.open_station(by=office, name="北文营社区零工驿站", region=m.rongdong(), community="北文营社区")
    with clock.frozen_at(datetime.datetime(2023, 10, 9, 9, 0)):
        zhong = m.seeker(south, by=office, name="钟爱敏")
        m.seeker(south, by=office, name="王秀兰", phone="13800138001")
        cleaner = m.job(south, by=office)
        m.seeker(north, by=office, name="李建国", phone="13800138002")
        m.job(north, by=office, title="绿化养护工", openings=3)
    with clock.frozen_at(datetime.datetime(2023, 10, 9, 19, 5)):
        placement = services.match(by=office, seeker=zhong, job=cleaner)
        services.record_outcome(by=office, placement=placement, outcome=Placement.Outcome.HIRED)


def _figures(page, station: str) -> list[str]:
    row = page.locator(f'[data-list="station-figures"] tr[data-station="{station}"]')
    return [row.locator(f'[data-figure="{name}"]').inner_text() for name in (
        "jobs", "openings", "registered", "matched", "placed", "same-day-rate")]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_centre_compares_its_stations_for_a_period(browser, live_server):  # noqa: F811
    office = f.office(scope=m.rongdong())
    _stations(office)
    foreign, errors = [], []
    visitor = Visitor(browser, live_server.url, foreign, errors)
    page = visitor.log_in(office)
    page.goto(f"{live_server.url}/employment/")
    page.get_by_role("link", name="就业服务中心").click()
    expect(page.locator("h1")).to_have_text("就业服务中心")

    opening = page.locator('form[data-form="centre"]')
    opening.get_by_role("button", name="设立").click()
    expect(opening.locator(".error").first).to_be_visible()  # nothing filled in: the fields are named
    opening.get_by_label("名称").fill("容东就业服务中心")
    choose(opening, "所在区域", "容东", "容东片区")
    opening.get_by_role("button", name="设立").click()
    expect(page.locator("h1")).to_have_text("容东就业服务中心")
    expect(page.locator('[data-list="station-figures"]')).to_have_count(0)

    for name in ("南文营社区零工驿站", "北文营社区零工驿站"):
        placing = page.locator('form[data-form="station"]')
        placing.locator("select#id_station").select_option(label=name)  # the searchable select's own list
        placing.get_by_role("button", name="纳入").click()
        expect(page.locator('[data-list="station-figures"]')).to_contain_text(name)

    period = page.locator('form[data-form="period"]')
    period.get_by_label("开始日期").fill("2023-10-01")
    period.get_by_label("结束日期").fill("2023-10-31")
    period.get_by_role("button", name="查看").click()
    assert _figures(page, "南文营社区零工驿站") == ["1", "1", "2", "1", "1", "1 · 100.0%"]
    assert _figures(page, "北文营社区零工驿站") == ["1", "3", "1", "0", "0", "0 · 0.0%"]
    assert _figures(page, "total") == ["2", "4", "3", "1", "1", "1 · 100.0%"]

    period.get_by_label("开始日期").fill("2023-11-01")
    period.get_by_label("结束日期").fill("2023-11-30")
    period.get_by_role("button", name="查看").click()
    assert _figures(page, "total") == ["0", "0", "0", "0", "0", "0 · 0.0%"]
    visitor.close()

    centre = EmploymentCentre.objects.get()
    assert set(centre.stations.values_list("name", flat=True)) == {"南文营社区零工驿站", "北文营社区零工驿站"}
    assert not foreign and not errors
