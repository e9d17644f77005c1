"""The alliances' figures, counted from the records for a period and a scope (both ends included).

- alliances: alliances founded on or before the period's last day.
- studios: distinct studios that were members of an alliance on at least one day of the period.
- regions: distinct regions of those studios.
- experts: experts in an alliance's pool on at least one day of the period.
- agreements: agreements signed in the period (by kind under agreements_by_kind).
- resources: shared resources listed on or before the period's last day, by kind.
- activities, achievements: held / made in the period; bookings: approved bookings starting in the period.
"""

from django.db.models import Count, Q, QuerySet

from huishang.alliances.models import Achievement, Activity, Agreement, Alliance, Booking, Expert, AllianceMembership, Resource
from huishang.alliances.selectors import active_between
from huishang.directory.jurisdiction import Jurisdiction
from huishang.figures.selectors import Scope


def _in_region(scope: Scope, field: str) -> Q:
    """Rows whose ``field`` lies in the scope's region (the region's subtree, as a jurisdiction reads it)."""
    return Jurisdiction(region=scope.region).within(field) if scope.region else Q()


def memberships(scope: Scope, alliance: Alliance | None = None) -> QuerySet[AllianceMembership]:
    rows = AllianceMembership.objects.filter(active_between(scope.date_from, scope.date_to), _in_region(scope, "studio__region"))
    return rows.filter(alliance=alliance) if alliance else rows


def _founded(scope: Scope) -> QuerySet[Alliance]:
    return Alliance.objects.filter(founded_on__lte=scope.date_to) if scope.date_to else Alliance.objects.all()


def _by_kind(rows, choices) -> dict:
    counted = dict(rows.values_list("kind").annotate(n=Count("pk")))
    return {value: counted.get(value, 0) for value in choices.values}


def alliance_figures(scope: Scope, alliance: Alliance | None = None, *, among: QuerySet[Alliance] | None = None,
                     members_on=None) -> dict:
    """The headline figures of the studio alliances, for ``huishang stats alliances --json``; of one alliance,
    or of the alliances ``among`` (those a reader may see). Given ``members_on`` (a day), studios, regions and
    experts are those in force that day, as the pages that list today's members say, not every one of the period."""
    members = memberships(scope, alliance)
    alliances = _founded(scope)
    experts = Expert.objects.filter(active_between(scope.date_from, scope.date_to),
                                    _in_region(scope, "studio__region") | _in_region(scope, "organization__region"))
    if members_on is not None:
        members, experts = (rows.filter(active_between(members_on, members_on)) for rows in (members, experts))
    agreements = Agreement.objects.filter(scope.day_range("signed_on"))
    resources = Resource.objects.filter(_in_region(scope, "owner__region"))
    if scope.date_to:
        resources = resources.filter(listed_on__lte=scope.date_to)
    activities = Activity.objects.filter(scope.day_range("held_on"))
    achievements = Achievement.objects.filter(scope.day_range("achieved_on"))
    bookings = Booking.objects.filter(scope.day_range("starts_on"), state=Booking.State.APPROVED)
    if scope.region:
        agreements = agreements.filter(_in_region(scope, "parties__region")).distinct()
        achievements = achievements.filter(_in_region(scope, "studios__region")).distinct()
        activities = activities.filter(alliance__in=members.values("alliance"))
        bookings = bookings.filter(_in_region(scope, "studio__region"))
    if alliance:
        alliances = alliances.filter(pk=alliance.pk)
        experts, agreements, resources = (rows.filter(alliance=alliance) for rows in (experts, agreements, resources))
        activities, achievements = activities.filter(alliance=alliance), achievements.filter(alliance=alliance)
        bookings = bookings.filter(resource__alliance=alliance)
    if among is not None:
        among = among.values("pk")
        alliances, members = alliances.filter(pk__in=among), members.filter(alliance__in=among)
        experts, agreements, resources = (rows.filter(alliance__in=among) for rows in (experts, agreements, resources))
        activities, achievements = activities.filter(alliance__in=among), achievements.filter(alliance__in=among)
        bookings = bookings.filter(resource__alliance__in=among)
    return {
        "alliances": alliances.count(),
        "regions": members.values("studio__region").distinct().count(),
        "studios": members.values("studio").distinct().count(),
        "experts": experts.count(),
        "agreements": agreements.count(),
        "agreements_by_kind": _by_kind(agreements, Agreement.Kind),
        "resources": _by_kind(resources, Resource.Kind),
        "activities": activities.count(),
        "achievements": achievements.count(),
        "bookings_approved": bookings.count(),
    }


def studios_by_region(scope: Scope, alliance: Alliance | None = None) -> list[dict]:
    """Member studios per region, for the dashboard's map and chart."""
    rows = (memberships(scope, alliance).values("studio__region__code", "studio__region__name")
            .annotate(studios=Count("studio", distinct=True)).order_by("studio__region__code"))
    return [{"code": row["studio__region__code"], "name": row["studio__region__name"], "studios": row["studios"]}
            for row in rows]
