"""Reads for the supervision board and the matter page: overdue and carded matters, the units' ranking."""

import datetime

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from huishang.cases.models import Matter, Review, Transition
from huishang.cases.selectors import visible_matters
from huishang.cases.states import AWAITING_UNIT, DONE, REOPENING_ACTIONS, State
from huishang.core import clock
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Organization, Role, User
from huishang.figures.selectors import Scope, cohort, percent
from huishang.supervision.models import Card, SendBackRequest
from huishang.workdays.calendar import overrides_between, working_days_between

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


def accounts_covering(role: str, matter: Matter) -> list[User]:
    """The active accounts of ``role`` whose jurisdiction holds the matter's region."""
    people = User.objects.filter(role=role, is_active=True).select_related("region", "organization__region")
    return [user for user in people if jurisdiction_of(user).covers(matter.region)]


def leaders_over(matter: Matter) -> QuerySet[User]:
    """The leaders a matter may be escalated to: those whose jurisdiction holds it."""
    return User.objects.filter(pk__in=[leader.pk for leader in accounts_covering(Role.LEADER, matter)])


def cards_of(matter: Matter):
    return matter.cards.order_by("cleared_at", "-issued_at")


def _mean_working_days(spans: list[tuple[datetime.datetime, datetime.datetime]], overrides: dict) -> float:
    days = [working_days_between(timezone.localdate(assigned), timezone.localdate(resolved), overrides)
            for assigned, resolved in spans]
    return round(sum(days) / len(days), 1) if days else 0.0


def _resolution_spans(matters: QuerySet[Matter]) -> tuple[list[tuple], dict]:
    """(lead unit, first assigned, resolved) of the resolved matters, and the calendar corrections they span."""
    spans = list(matters.filter(state__in=DONE, resolved_at__isnull=False)
                 .values_list("lead_unit", "first_assigned_at", "resolved_at"))
    if not spans:
        return [], {}
    days = [timezone.localdate(moment) for _unit, assigned, resolved in spans for moment in (assigned, resolved)]
    return spans, overrides_between(min(days), max(days))


def _unit_counts(matters: QuerySet[Matter]) -> dict[int, dict]:
    """Per lead unit, the counts behind figures.selectors.matter_figures, in one grouped query."""
    assigned = ~Q(state=State.ASSIGNED)
    resolved = Q(state__in=DONE)
    rows = (
        matters.exclude(lead_unit=None)
        .annotate(resolved_on=TruncDate("resolved_at"),
                  reopened=Exists(Transition.objects.filter(matter=OuterRef("pk"), action__in=REOPENING_ACTIONS)))
        .order_by().values("lead_unit")
        .annotate(
            assigned=Count("pk", filter=assigned),
            resolved=Count("pk", filter=resolved),
            on_time=Count("pk", filter=resolved & Q(resolved_on__lte=F("due"))),
            reopened_count=Count("pk", filter=assigned & Q(reopened=True)),
            overdue=Count("pk", filter=Q(state__in=AWAITING_UNIT, due__lt=clock.today())),
        )
    )
    return {row.pop("lead_unit"): row for row in rows}


def _unit_reviews(matters: QuerySet[Matter]) -> dict[int, dict]:
    rows = (Review.objects.filter(matter__in=matters.values("pk")).order_by().values("matter__lead_unit")
            .annotate(all=Count("pk"), satisfied=Count("pk", filter=Q(satisfied=True))))
    return {row.pop("matter__lead_unit"): row for row in rows}


def unit_ranking(scope: Scope) -> list[dict]:
    """Each lead unit of the scope's cohort with the figures of figures.selectors, best resolution rate first.

    All units are counted together in a fixed number of grouped queries, so the board costs the same
    however many units it ranks."""
    matters = cohort(scope)
    counts = _unit_counts(matters)
    reviews = _unit_reviews(matters)
    spans, overrides = _resolution_spans(matters)
    spans_of: dict[int, list] = {}
    for unit, assigned_at, resolved_at in spans:
        spans_of.setdefault(unit, []).append((assigned_at, resolved_at))
    rows = []
    for unit in Organization.objects.filter(pk__in=counts):
        unit_counts = counts[unit.pk]
        unit_reviews = reviews.get(unit.pk, {"all": 0, "satisfied": 0})
        rows.append({
            "unit": unit.name,
            "unit_id": unit.pk,
            "assigned": unit_counts["assigned"],
            "resolved": unit_counts["resolved"],
            "resolution_rate": percent(unit_counts["resolved"], unit_counts["assigned"]),
            "on_time_rate": percent(unit_counts["on_time"], unit_counts["resolved"]),
            "satisfaction_rate": percent(unit_reviews["satisfied"], unit_reviews["all"]),
            "avg_working_days": _mean_working_days(spans_of.get(unit.pk, []), overrides),
            "reopen_rate": percent(unit_counts["reopened_count"], unit_counts["resolved"]),
            "overdue": unit_counts["overdue"],
        })
    rows.sort(key=lambda row: (-row["resolution_rate"], -row["on_time_rate"], row["unit"]))
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
    return rows
