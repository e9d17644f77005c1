"""Every figure of PRODUCT.md, counted from the records for a period and a scope. Nothing is stored.

Definitions (a "cohort" is the matters whose first assignment falls in the period):
- meetings: consultation meetings held in the period.
- consulted: distinct matters on the agenda of those meetings; enterprises: distinct enterprises among them.
- being_assigned: cohort matters handed to a unit that has not yet acknowledged (签收) them.
- assigned: cohort matters no longer waiting for that acknowledgement, so that assigned + being_assigned
  = every matter handed out (one sent back for re-dispatch stays counted as assigned).
- resolved: assigned matters now resolved or closed; resolution_rate = resolved / assigned, in %.
- on_time_rate: resolved on or before the deadline / resolved.
- satisfaction_rate: satisfied reviews / all reviews of cohort matters.
- reopen_rate: cohort matters sent back to the unit after a review (持续推进) / resolved.
- send_back_rate: assignments made in the period that the unit sent back / assignments made.
- overdue: cohort matters a unit still owes an answer on (not acknowledged or in progress) past the deadline.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Avg, Count, DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate, TruncMonth
from django.utils import timezone

from huishang.cases.models import Assignment, Matter, Review, Transition
from huishang.cases.states import AWAITING_UNIT, DONE, Action, State
from huishang.core import clock
from huishang.directory.models import Organization, Region
from huishang.meetings.models import AgendaItem, Meeting


@dataclass(frozen=True)
class Scope:
    """What the figures cover: a period of days (both ends included) and optional filters."""

    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    region: Region | None = None
    unit: Organization | None = None
    category: str | None = None

    def moment_range(self, field: str) -> Q:
        """Rows whose datetime ``field`` falls on a day of the period (local time)."""
        condition = Q()
        if self.date_from:
            condition &= Q(**{f"{field}__gte": _start_of(self.date_from)})
        if self.date_to:
            condition &= Q(**{f"{field}__lt": _start_of(self.date_to + datetime.timedelta(days=1))})
        return condition

    def day_range(self, field: str) -> Q:
        condition = Q()
        if self.date_from:
            condition &= Q(**{f"{field}__gte": self.date_from})
        if self.date_to:
            condition &= Q(**{f"{field}__lte": self.date_to})
        return condition

    def matters(self) -> QuerySet[Matter]:
        matters = Matter.objects.all()
        if self.region:
            matters = matters.filter(region__code__startswith=self.region.code_prefix)
        if self.unit:
            matters = matters.filter(lead_unit=self.unit)
        if self.category:
            matters = matters.filter(category__code=self.category)
        return matters


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def percent(part: int, whole: int) -> float:
    """part / whole in %, one decimal, rounded half up; 0.0 when there is nothing to divide."""
    if not whole:
        return 0.0
    return int(part * 1000 / whole + 0.5) / 10


def consultation_meetings(scope: Scope, *, in_region: bool = True) -> QuerySet[Meeting]:
    meetings = Meeting.objects.filter(scope.day_range("held_on"), kind=Meeting.Kind.CONSULTATION)
    if scope.region and in_region:
        meetings = meetings.filter(region__code__startswith=scope.region.code_prefix)
    return meetings


def consulted_matters(scope: Scope) -> QuerySet[Matter]:
    """Matters of the scope discussed at a 会商会 of the period, wherever the meeting was held."""
    items = AgendaItem.objects.filter(meeting__in=consultation_meetings(scope, in_region=False))
    return scope.matters().filter(pk__in=items.values("matter"))


def consultation_matters(scope: Scope) -> QuerySet[Matter]:
    """The matters the consultation figures count; people's suggestions are counted by their own subject."""
    return scope.matters().exclude(kind=Matter.Kind.SUGGESTION)


def cohort(scope: Scope) -> QuerySet[Matter]:
    """Matters whose first assignment falls in the period."""
    return consultation_matters(scope).filter(scope.moment_range("first_assigned_at"), first_assigned_at__isnull=False)


def matter_figures(scope: Scope) -> dict:
    """The headline figures leaders quote, for one period and scope."""
    consulted = consulted_matters(scope)
    handed_out = cohort(scope)
    assigned = handed_out.exclude(state=State.ASSIGNED)
    resolved = assigned.filter(state__in=DONE)
    resolved_count = resolved.count()
    assigned_count = assigned.count()
    on_time = resolved.annotate(resolved_on=TruncDate("resolved_at")).filter(resolved_on__lte=F("due")).count()
    reviews = Review.objects.filter(matter__in=handed_out.values("pk")).aggregate(
        all=Count("pk"), satisfied=Count("pk", filter=Q(satisfied=True))
    )
    reopened = assigned.filter(
        Exists(Transition.objects.filter(matter=OuterRef("pk"), action=Action.CONTINUE))
    ).count()
    duration = resolved.aggregate(
        avg=Avg(ExpressionWrapper(F("resolved_at") - F("first_assigned_at"), output_field=DurationField()))
    )["avg"]
    assignments = Assignment.objects.filter(scope.moment_range("assigned_at"), matter__in=consultation_matters(scope).values("pk"))
    assignment_counts = assignments.aggregate(all=Count("pk"), sent_back=Count("pk", filter=Q(sent_back_at__isnull=False)))
    return {
        "meetings": consultation_meetings(scope).count(),
        "consulted": consulted.count(),
        "enterprises": consulted.exclude(enterprise=None).values("enterprise").distinct().count(),
        "being_assigned": handed_out.filter(state=State.ASSIGNED).count(),
        "assigned": assigned_count,
        "resolved": resolved_count,
        "resolution_rate": percent(resolved_count, assigned_count),
        "on_time_rate": percent(on_time, resolved_count),
        "satisfaction_rate": percent(reviews["satisfied"], reviews["all"]),
        "reopen_rate": percent(reopened, resolved_count),
        "send_back_rate": percent(assignment_counts["sent_back"], assignment_counts["all"]),
        "avg_days_to_resolve": round(duration.total_seconds() / 86400, 1) if duration else 0.0,
        "overdue": handed_out.filter(state__in=AWAITING_UNIT, due__lt=clock.today()).count(),
    }


def _rows(matters: QuerySet[Matter], key: str, label: str) -> list[dict]:
    rows = (
        matters.values(key, label)
        .annotate(
            assigned=Count("pk", filter=~Q(state=State.ASSIGNED)),
            resolved=Count("pk", filter=Q(state__in=DONE)),
            being_assigned=Count("pk", filter=Q(state=State.ASSIGNED)),
        )
        .order_by("-assigned", label)
    )
    return [
        {
            "key": row[key],
            "name": row[label],
            "assigned": row["assigned"],
            "being_assigned": row["being_assigned"],
            "resolved": row["resolved"],
            "resolution_rate": percent(row["resolved"], row["assigned"]),
        }
        for row in rows
    ]


def breakdowns(scope: Scope) -> dict:
    """The cohort's figures by lead unit, category, region and month of first assignment."""
    handed_out = cohort(scope)
    by_month = (
        handed_out.annotate(month=TruncMonth("first_assigned_at"))
        .values("month")
        .annotate(
            assigned=Count("pk", filter=~Q(state=State.ASSIGNED)),
            resolved=Count("pk", filter=Q(state__in=DONE)),
        )
        .order_by("month")
    )
    return {
        "by_unit": _rows(handed_out, "lead_unit__id", "lead_unit__name"),
        "by_category": _rows(handed_out, "category__code", "category__name"),
        "by_region": _rows(handed_out, "region__code", "region__name"),
        "by_month": [
            {"month": row["month"].strftime("%Y-%m"), "assigned": row["assigned"], "resolved": row["resolved"]}
            for row in by_month
        ],
    }
