"""Reads for the supervision board and the matter page: overdue and carded matters, the units' ranking."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from huishang.cases.models import Matter
from huishang.cases.selectors import visible_matters
from huishang.cases.states import AWAITING_UNIT, DONE
from huishang.core import clock
from huishang.directory.models import Organization
from huishang.figures.selectors import Scope, cohort, matter_figures
from huishang.supervision.models import Card, SendBackRequest
from huishang.supervision.workdays import working_days_between

LEVEL_ORDER = {Card.Level.RED: 0, Card.Level.YELLOW: 1, Card.Level.WARNING: 2}


def overdue_matters(user) -> QuerySet[Matter]:
    return visible_matters(user).filter(state__in=AWAITING_UNIT, due__lt=clock.today()).order_by("due", "id")


def carded(user) -> list[Card]:
    """The active cards on matters the user may see, red first."""
    cards = Card.objects.filter(cleared_at=None, matter__in=visible_matters(user).values("pk")).select_related(
        "matter", "matter__lead_unit"
    )
    return sorted(cards, key=lambda card: (LEVEL_ORDER[card.level], card.matter.due or datetime.date.max))


def pending_send_backs(user) -> QuerySet[SendBackRequest]:
    """Send-back requests waiting for a decision on matters the user may see, oldest first."""
    return SendBackRequest.objects.filter(
        status=SendBackRequest.Status.PENDING, matter__in=visible_matters(user).values("pk")
    ).select_related("matter", "assignment__lead_unit", "requested_by").order_by("requested_at", "id")


def cards_of(matter: Matter):
    return matter.cards.order_by("cleared_at", "-issued_at")


def average_working_days_to_resolve(matters: QuerySet[Matter]) -> float:
    """Mean working days from first assignment to resolution, one decimal; 0.0 when none is resolved."""
    spans = [
        working_days_between(timezone.localdate(assigned), timezone.localdate(resolved))
        for assigned, resolved in matters.filter(state__in=DONE, resolved_at__isnull=False)
        .values_list("first_assigned_at", "resolved_at")
    ]
    return round(sum(spans) / len(spans), 1) if spans else 0.0


def unit_ranking(scope: Scope) -> list[dict]:
    """Each lead unit of the scope's cohort with the figures of figures.selectors, best resolution rate first."""
    unit_ids = cohort(scope).exclude(lead_unit=None).values_list("lead_unit", flat=True).distinct()
    rows = []
    for unit in Organization.objects.filter(pk__in=unit_ids):
        unit_scope = Scope(date_from=scope.date_from, date_to=scope.date_to, region=scope.region, unit=unit,
                           category=scope.category)
        figures = matter_figures(unit_scope)
        rows.append({
            "unit": unit.name,
            "unit_id": unit.pk,
            "assigned": figures["assigned"],
            "resolved": figures["resolved"],
            "resolution_rate": figures["resolution_rate"],
            "on_time_rate": figures["on_time_rate"],
            "satisfaction_rate": figures["satisfaction_rate"],
            "avg_working_days": average_working_days_to_resolve(cohort(unit_scope)),
            "reopen_rate": figures["reopen_rate"],
            "overdue": figures["overdue"],
        })
    rows.sort(key=lambda row: (-row["resolution_rate"], -row["on_time_rate"], row["unit"]))
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
    return rows
