"""Where suggestions come from: the deployment's served regions (directory.jurisdiction) and what lies inside
them, narrowed for an Open311 client to its own region and for a keeper entering paper to their point's region.
The public form offers these regions and points, and the intake refuses any other, whatever the channel."""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from huishang.core.errors import NotAllowed
from huishang.directory.jurisdiction import EVERYWHERE, Jurisdiction
from huishang.directory.models import Region
from huishang.suggestions.models import CollectionPoint


def intake_regions() -> QuerySet[Region]:
    """The served regions and every region inside them, parents before children."""
    return EVERYWHERE.regions().order_by("code")


def intake_points() -> QuerySet[CollectionPoint]:
    """The open collection points of the served regions."""
    return CollectionPoint.objects.filter(active=True, region__in=intake_regions()).select_related("region")


def check_intake_region(region: Region, *, client=None, point: CollectionPoint | None = None) -> None:
    """Refuse (NotAllowed naming the region) a suggestion about a place the deployment does not serve, or
    outside the region of the Open311 client or of the collection point whose keeper enters it on paper."""
    if not EVERYWHERE.covers(region):
        raise NotAllowed(_("Suggestions are taken in only for the places this platform serves; %(place)s is not "
                           "one of them.") % {"place": region.name}, field="region")
    for bound in (client, point):
        if bound is not None:
            Jurisdiction(region=bound.region).check(region, field="region")


def regions_of_points(points) -> QuerySet[Region]:
    """The served regions inside the regions of ``points`` (what a keeper enters paper suggestions for)."""
    inside = Q(pk__in=[])
    for point in points:
        inside |= Q(pk__in=Jurisdiction(region=point.region).regions().values("pk"))
    return intake_regions().filter(inside)
