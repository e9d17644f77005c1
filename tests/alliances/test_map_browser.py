"""The dashboard's map drawn in headless Chromium from the vendored boundaries, with nothing asked of other hosts."""

import pytest
from playwright.sync_api import expect

from huishang.alliances.models import RegionPoint
from tests import factories as f
from tests.alliances import world
from tests.web.test_browser import Visitor, browser  # noqa: F401  (the fixture is used by name)

MAP_OPTION = "() => window.echarts.getInstanceByDom(document.getElementById('alliance-map')).getOption()"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_map_shades_member_regions_and_marks_regions_without_boundaries(browser, live_server):  # noqa: F811
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    leader = world.member(alliance, admin=admin, in_region=f.region("511000", "内江市")).leader
    world.member(alliance, admin=admin, in_region=f.region("511000", "内江市"))
    world.member(alliance, admin=admin, in_region=f.region("500118", "永川区", parent=f.region("500000", "重庆市")))
    town = f.district()
    RegionPoint.objects.create(region=town, longitude="105.06", latitude="29.59")
    world.member(alliance, admin=admin, in_region=town)
    foreign, errors = [], []

    visitor = Visitor(browser, live_server.url, foreign, errors)
    visitor.page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page = visitor.log_in(leader)
    page.goto(f"{live_server.url}/alliances/{alliance.pk}/")
    expect(page.locator('#alliance-map[data-drawn="true"] canvas')).to_have_count(1)
    expect(page.locator("#alliance-map-unmapped")).to_contain_text("东兴区")
    option = page.evaluate(MAP_OPTION)
    visitor.close()

    assert option["geo"][0]["map"] == "chengdu-chongqing"
    shaded, points = option["series"]
    assert {item["name"]: item["value"] for item in shaded["data"] if "value" in item} == {"内江市": 2, "永川区": 1}
    plain = {item["name"] for item in shaded["data"] if "value" not in item}
    assert {"自贡市", "荣昌区", "成都市"} <= plain and len(plain) == 46
    assert [(item["name"], item["value"]) for item in points["data"]] == [("东兴区", [105.06, 29.59, 1])]
    assert not foreign, foreign
    assert not errors, errors
