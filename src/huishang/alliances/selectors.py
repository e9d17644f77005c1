"""Reads of the alliance records: memberships at a date, calendars, what a user may see.

What a user may see is bounded by its jurisdiction (directory.jurisdiction): an alliance is owned by its
organiser's region and also seen in every region that one of its member studios (past or present) lies in,
so a cross-city alliance is read in each of its members' places and nowhere else. An agreement is seen in
each of its parties' regions. Whoever a record names as a party in person (a council seat, a studio's
leader, a resource's keeper) sees it too.
"""

import datetime

from django.db.models import Count, Q, QuerySet

from huishang.alliances.models import Achievement, Agreement, Alliance, Booking, Resource, Studio
from huishang.alliances.permissions import MANAGING_SEATS, current_seats, takes_part
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization

BLOCKING = (Booking.State.PENDING, Booking.State.APPROVED)


def active_on(day: datetime.date) -> Q:
    """Memberships (or anything with joined_on/left_on) in force on ``day``."""
    return Q(joined_on__lte=day) & (Q(left_on__isnull=True) | Q(left_on__gte=day))


def active_between(first: datetime.date | None, last: datetime.date | None) -> Q:
    """In force on at least one day of ``first``..``last`` (an open end means unbounded)."""
    condition = Q()
    if last:
        condition &= Q(joined_on__lte=last)
    if first:
        condition &= Q(left_on__isnull=True) | Q(left_on__gte=first)
    return condition


def members_on(alliance: Alliance, day: datetime.date) -> QuerySet[Studio]:
    return Studio.objects.filter(pk__in=alliance.memberships.filter(active_on(day)).values("studio"))


def member_count_on(alliance: Alliance, day: datetime.date) -> int:
    return alliance.memberships.filter(active_on(day)).values("studio").distinct().count()


def is_member_on(alliance: Alliance, studio: Studio, day: datetime.date) -> bool:
    return alliance.memberships.filter(active_on(day), studio=studio).exists()


def overlapping_bookings(resource: Resource, first: datetime.date, last: datetime.date) -> QuerySet[Booking]:
    """Pending or approved bookings of ``resource`` that share a day with ``first``..``last``."""
    return resource.bookings.filter(state__in=BLOCKING, starts_on__lte=last, ends_on__gte=first)


def calendar(resource: Resource, first: datetime.date, days: int) -> list[dict]:
    """One row per day from ``first``: the pending and approved bookings that hold it."""
    last = first + datetime.timedelta(days=days - 1)
    bookings = list(overlapping_bookings(resource, first, last).select_related("studio"))
    rows = []
    for offset in range(days):
        day = first + datetime.timedelta(days=offset)
        rows.append({"day": day, "bookings": [b for b in bookings if b.starts_on <= day <= b.ends_on]})
    return rows


def _signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated)


def visible_alliances(user) -> QuerySet[Alliance]:
    """Alliances ``user`` may read: those naming a region of its jurisdiction or above it (a member studio's
    or the organiser's) and those naming the user in person (a council seat, a member studio it leads, a resource
    it keeps). A deployment-wide account reads them all."""
    jurisdiction = jurisdiction_of(user)
    if jurisdiction.wide:
        return Alliance.objects.all()
    # ``reaching``: a studio registered at city level (内江市) is a member for every district below it too.
    named = jurisdiction.reaching("memberships__studio__region") | jurisdiction.reaching("organiser__region")
    if _signed_in(user):
        named |= Q(seats__user=user) | Q(memberships__studio__leader=user) | Q(resources__keeper=user)
    # Read by id: the joins of the condition would otherwise narrow the counts a caller annotates.
    return Alliance.objects.filter(pk__in=Alliance.objects.filter(named).values("pk"))


def visible_alliance_ids(user) -> QuerySet:
    return visible_alliances(user).values("pk")


def _managed_by(user) -> QuerySet:
    """The alliances ``user`` runs from a chair's or secretary-general's seat today."""
    if not _signed_in(user):
        return Alliance.objects.none().values("pk")
    return current_seats(user).filter(role__in=MANAGING_SEATS).values("alliance")


def visible_agreements(user, alliance: Alliance | None = None) -> QuerySet[Agreement]:
    """Agreements ``user`` may read: in an alliance it runs, all of them; elsewhere those with a party in its
    jurisdiction or led by it (an agreement is seen in each party's region, not in every member's)."""
    agreements = Agreement.objects.filter(alliance__in=visible_alliance_ids(user))
    if alliance is not None:
        agreements = agreements.filter(alliance=alliance)
    jurisdiction = jurisdiction_of(user)
    if jurisdiction.wide:
        return agreements
    seen = Q(alliance__in=_managed_by(user)) | jurisdiction.within("parties__region")
    if _signed_in(user):
        seen |= Q(parties__leader=user)
    return agreements.filter(pk__in=Agreement.objects.filter(seen).values("pk"))


def visible_achievements(user, alliance: Alliance | None = None) -> QuerySet[Achievement]:
    """Achievements ``user`` may read in the alliances it reads: the shared ones (they are public), and the
    others as agreements are read, by the studios' regions, their leaders and the alliance's managers."""
    achievements = Achievement.objects.filter(alliance__in=visible_alliance_ids(user))
    if alliance is not None:
        achievements = achievements.filter(alliance=alliance)
    jurisdiction = jurisdiction_of(user)
    if jurisdiction.wide:
        return achievements
    seen = Q(shared=True) | Q(alliance__in=_managed_by(user)) | jurisdiction.within("studios__region")
    if _signed_in(user):
        seen |= Q(studios__leader=user)
    return achievements.filter(pk__in=Achievement.objects.filter(seen).values("pk"))


def visible_studios(user) -> QuerySet[Studio]:
    """Studios ``user`` may read: those of its jurisdiction, those it leads, and the members of the
    alliances it may read (the alliance shows its members wherever they are)."""
    jurisdiction = jurisdiction_of(user)
    if jurisdiction.wide:
        return Studio.objects.all()
    seen = jurisdiction.within("region") | Q(memberships__alliance__in=visible_alliance_ids(user))
    if _signed_in(user):
        seen |= Q(leader=user)
    return Studio.objects.filter(pk__in=Studio.objects.filter(seen).values("pk"))


def visible_resources(user) -> QuerySet[Resource]:
    """The shared resources of the alliances ``user`` may read: a resource is shared with the whole alliance."""
    return Resource.objects.filter(alliance__in=visible_alliance_ids(user))


def visible_bookings(user) -> QuerySet[Booking]:
    """Bookings a user may read: for alliance participants, those of the resources they may read (the
    calendar is shared within the alliance); none otherwise."""
    if not takes_part(user):
        return Booking.objects.none()
    return Booking.objects.filter(resource__in=visible_resources(user)).select_related("resource", "studio")


def alliances(*, members_on: datetime.date | None = None, user=None) -> QuerySet[Alliance]:
    """Every alliance (those ``user`` may read, given a user); given a day, each carries ``studios_on_day``
    (its member studios that day) and ``shared_achievements``, counted in the list's own query rather than
    one query per alliance."""
    listed = Alliance.objects.all() if user is None else visible_alliances(user)
    if members_on is None:
        return listed
    in_force = Q(memberships__joined_on__lte=members_on) & (
        Q(memberships__left_on__isnull=True) | Q(memberships__left_on__gte=members_on))
    return listed.annotate(
        studios_on_day=Count("memberships__studio", filter=in_force, distinct=True),
        shared_achievements=Count("achievements", filter=Q(achievements__shared=True), distinct=True),
    )


def public_achievements(alliance: Alliance):
    return alliance.achievements.filter(shared=True).prefetch_related("studios")


def agreements_of(alliance: Alliance, user) -> QuerySet[Agreement]:
    """The agreements of ``alliance`` that ``user`` may read, with their parties."""
    return visible_agreements(user, alliance).prefetch_related("parties")


def linkable_organizations(user, alliance: Alliance) -> QuerySet[Organization]:
    """The organisations an alliance's record may name (an owner, an expert's unit): the alliance's parties
    wherever they lie, and the organisations of ``user``'s jurisdiction."""
    parties = Organization.objects.filter(Q(pk=alliance.organiser_id) | Q(studios__memberships__alliance=alliance))
    return Organization.objects.filter(
        Q(pk__in=parties.values("pk")) | Q(pk__in=jurisdiction_of(user).organizations().values("pk"))
    ).order_by("name")


def admissible_studios(user, alliance: Alliance) -> QuerySet[Studio]:
    """The studios ``user`` may admit to ``alliance``: not members now, and either members before or inside
    its jurisdiction."""
    current = alliance.memberships.filter(left_on__isnull=True).values("studio")
    return Studio.objects.filter(
        Q(region__in=jurisdiction_of(user).regions()) | Q(memberships__alliance=alliance)
    ).exclude(pk__in=current).distinct()
