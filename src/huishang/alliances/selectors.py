"""Reads of the alliance records: memberships at a date, calendars, what a user may see."""

import datetime

from django.db.models import Count, Q, QuerySet

from huishang.alliances.models import Agreement, Alliance, Booking, Resource, Studio
from huishang.alliances.permissions import takes_part

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


def visible_bookings(user) -> QuerySet[Booking]:
    """Bookings a user may read: all for alliance participants (the calendar is shared), none otherwise."""
    if not takes_part(user):
        return Booking.objects.none()
    return Booking.objects.select_related("resource", "studio")


def alliances(*, members_on: datetime.date | None = None) -> QuerySet[Alliance]:
    """Every alliance; given a day, each carries ``studios_on_day`` (its member studios that day) and
    ``shared_achievements``, counted in the list's own query rather than one query per alliance."""
    if members_on is None:
        return Alliance.objects.all()
    in_force = Q(memberships__joined_on__lte=members_on) & (
        Q(memberships__left_on__isnull=True) | Q(memberships__left_on__gte=members_on))
    return Alliance.objects.annotate(
        studios_on_day=Count("memberships__studio", filter=in_force, distinct=True),
        shared_achievements=Count("achievements", filter=Q(achievements__shared=True), distinct=True),
    )


def public_achievements(alliance: Alliance):
    return alliance.achievements.filter(shared=True).prefetch_related("studios")


def agreements_of(alliance: Alliance) -> QuerySet[Agreement]:
    return alliance.agreements.prefetch_related("parties")
