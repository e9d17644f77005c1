"""The figures counted from the matters themselves, as selectors.py did before the rollups: the recount
that tests and ``huishang figures verify-rollups`` hold the rollups to. Slow at a city's scale."""

from django.db.models import Avg, Count, DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate, TruncMonth

from huishang.cases.models import Assignment, Matter, Review, Transition
from huishang.cases.states import AWAITING_UNIT, DONE, REOPENING_ACTIONS, State
from huishang.core import clock
from huishang.figures.selectors import (
    Scope, cohort, consultation_matters, consultation_meetings, consulted_matters, percent,
)


def recount_matter_figures(scope: Scope) -> dict:
    """The headline figures, counted from the matters."""
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
        Exists(Transition.objects.filter(matter=OuterRef("pk"), action__in=REOPENING_ACTIONS))
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


def recount_breakdowns(scope: Scope) -> dict:
    """The cohort's breakdowns, counted from the matters."""
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
