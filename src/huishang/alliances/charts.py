"""The data behind an alliance dashboard's charts; the page embeds it as JSON, nothing is fetched."""

from django.db.models import Count
from django.utils.translation import gettext as _

from huishang.alliances.figures import studios_by_region
from huishang.alliances.models import Alliance, RegionPoint, Resource
from huishang.figures.selectors import Scope


def dashboard_charts(alliance: Alliance) -> dict:
    """Member regions placed by their seats' coordinates, studios per region, resources by kind."""
    rows = studios_by_region(Scope(), alliance)
    points = {point.region.code: point for point in RegionPoint.objects.select_related("region")}
    kinds = dict(alliance.resources.values_list("kind").annotate(n=Count("pk")))
    return {
        "regions": [
            {"name": row["name"], "studios": row["studios"],
             "lng": float(points[row["code"]].longitude) if row["code"] in points else None,
             "lat": float(points[row["code"]].latitude) if row["code"] in points else None}
            for row in rows
        ],
        "resources": [{"name": str(label), "value": kinds.get(value, 0)}
                      for value, label in Resource.Kind.choices if kinds.get(value)],
        "labels": {"studios": _("Studios"), "empty": _("Nothing to show yet."), "longitude": _("longitude"),
                   "latitude": _("latitude")},
    }
