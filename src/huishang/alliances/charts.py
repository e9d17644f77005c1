"""The data behind an alliance dashboard's charts; the page embeds it as JSON and draws the vendored map."""

import functools
import json
from pathlib import Path

from django.contrib.staticfiles import finders
from django.db.models import Count
from django.utils.translation import gettext as _

from huishang.alliances.figures import studios_by_region
from huishang.alliances.models import Alliance, RegionPoint, Resource
from huishang.figures.selectors import Scope

MAP_NAME = "chengdu-chongqing"
MAP_FILE = "vendor/echarts-china-cities/chengdu-chongqing.json"


@functools.cache
def mapped_regions() -> dict[str, str]:
    """GB/T 2260 code to feature name, for every region the vendored boundary file draws."""
    features = json.loads(Path(finders.find(MAP_FILE)).read_text("utf-8"))["features"]
    return {feature["properties"]["adcode"]: feature["properties"]["name"] for feature in features}


def dashboard_charts(alliance: Alliance) -> dict:
    """Member regions on the map by their code (or at their seats' coordinates), studios per region, resources."""
    rows = studios_by_region(Scope(), alliance)
    points = {point.region.code: point for point in RegionPoint.objects.select_related("region")}
    features = mapped_regions()
    kinds = dict(alliance.resources.values_list("kind").annotate(n=Count("pk")))
    return {
        "map": MAP_NAME,
        "regions": [
            {"name": row["name"], "code": row["code"], "studios": row["studios"], "feature": features.get(row["code"]),
             "lng": float(points[row["code"]].longitude) if row["code"] in points else None,
             "lat": float(points[row["code"]].latitude) if row["code"] in points else None}
            for row in rows
        ],
        "unmapped": [row["name"] for row in rows if row["code"] not in features],
        "resources": [{"name": str(label), "value": kinds.get(value, 0)}
                      for value, label in Resource.Kind.choices if kinds.get(value)],
        "labels": {"studios": _("Studios"), "empty": _("Nothing to show yet.")},
    }
