"""Every figure of PRODUCT.md for a period and a scope. The cohort's figures are summed from the rollups
(figures.rollups keeps them in the transaction of every change, recount.py counts the same from the matters),
consulted and enterprises from the consultation cells (figures.consultations) unless a filter leaves matters
out; meetings and overdue are counted from the records.

Definitions (a "cohort" is the matters whose first assignment falls in the period):
- meetings: consultation meetings held in the period.
- consulted: distinct matters on the agenda of those meetings; enterprises: distinct enterprises among them.
- being_assigned: cohort matters handed to a unit that has not yet acknowledged (签收) them.
- assigned: cohort matters no longer waiting for that acknowledgement, so that assigned + being_assigned
  = every matter handed out (one sent back for re-dispatch stays counted as assigned).
- resolved: assigned matters now resolved or closed; resolution_rate = resolved / assigned, in %.
- on_time_rate: resolved on or before the deadline / resolved.
- satisfaction_rate: satisfied reviews / all reviews of cohort matters.
- reopen_rate: cohort matters reopened (重办), not satisfied at review (持续推进) or 不满意 at follow-up / resolved.
- send_back_rate: assignments made in the period that the unit sent back / assignments made.
- overdue: cohort matters a unit still owes an answer on (not acknowledged or in progress) past the deadline.

The unit assessment's rates (assessment_figures, PRODUCT.md "Unit assessment"), counted from the records:
- acknowledge_on_time_rate (及时签收率): assignments signed for by their signing limit / assignments whose
  signing limit fell in the period (and has passed); an assignment sent back or reassigned before its limit
  without being signed for is not counted: the step was no longer its unit's to take.
- response_rate (响应率): assignments whose first response (the unit's first recorded contact with the
  submitter, or its answer, whichever came first) came by the response limit / assignments whose response
  limit fell in the period (and has passed), the same ended assignments left out.
- solved_rate (解决率): reviews and follow-ups made in the period that judged the problem solved / all of them.
Assignments made before the step limits existed have none and count in neither rate.
"""

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth

from huishang.cases.models import Assignment, Category, Contact, Matter, Response, Review
from huishang.cases.states import AWAITING_UNIT
from huishang.core import clock, parsing
from huishang.directory.jurisdiction import Jurisdiction
from huishang.directory.models import Organization, Region
from huishang.figures.consultations import consulted_counts
from huishang.figures.models import DayCell, MonthCell, Phase
from huishang.meetings.models import AgendaItem, Meeting
from huishang.supervision.models import FollowUp


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
            condition &= Q(**{f"{field}__gte": parsing.start_of(self.date_from)})
        if self.date_to:
            condition &= Q(**{f"{field}__lt": parsing.end_of(self.date_to)})
        return condition

    def day_range(self, field: str) -> Q:
        condition = Q()
        if self.date_from:
            condition &= Q(**{f"{field}__gte": self.date_from})
        if self.date_to:
            condition &= Q(**{f"{field}__lte": self.date_to})
        return condition

    def within(self, field: str = "region") -> Q:
        """Rows whose ``field`` (a foreign key to Region) lies in the scope's region; every row without one."""
        return Jurisdiction(region=self.region).within(field) if self.region else Q()

    def region_ids(self) -> QuerySet[Region] | None:
        """The ids of the regions the scope's region holds (itself and below), None without one."""
        return Jurisdiction(region=self.region).regions().values("id") if self.region else None

    def matters(self) -> QuerySet[Matter]:
        matters = Matter.objects.filter(self.within())
        if self.unit:
            matters = matters.filter(lead_unit=self.unit)
        if self.category:
            matters = matters.filter(category__code=self.category)
        return matters


def percent(part: int, whole: int) -> float:
    """part / whole in %, one decimal, rounded half up; 0.0 when there is nothing to divide."""
    if not whole:
        return 0.0
    return int(part * 1000 / whole + 0.5) / 10


def consultation_meetings(scope: Scope, *, in_region: bool = True) -> QuerySet[Meeting]:
    meetings = Meeting.objects.filter(scope.day_range("held_on"), kind=Meeting.Kind.CONSULTATION)
    if in_region:
        meetings = meetings.filter(scope.within())
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


TOTALS = {
    "being_assigned": Sum("matters", filter=Q(phase=Phase.BEING_ASSIGNED)),
    "assigned": Sum("matters", filter=~Q(phase=Phase.BEING_ASSIGNED)),
    "resolved": Sum("matters", filter=Q(phase=Phase.DONE)),
    "on_time": Sum("matters", filter=Q(phase=Phase.DONE, on_time=True)),
    "reopened": Sum("matters", filter=~Q(phase=Phase.BEING_ASSIGNED) & Q(reopened=True)),
    "reviews": Sum("reviews"),
    "satisfied": Sum("satisfied"),
    "resolved_timed": Sum("resolved_timed"),
    "resolve_microseconds": Sum("resolve_microseconds"),
    "assignments": Sum("assignments"),
    "sent_back": Sum("sent_back"),
}
BREAKDOWN_TOTALS = ("assigned", "resolved", "being_assigned")


def whole_months(scope: Scope) -> tuple[datetime.date | None, datetime.date | None] | None:
    """The first day of the first whole month of the period and the last day of its last (None for an
    open end), or None when no month lies wholly inside it."""
    first, last = scope.date_from, scope.date_to
    if first and first.day != 1:
        if (first.year, first.month) == (datetime.MAXYEAR, 12):
            return None  # the calendar's last month began before the period: no whole month follows
        first = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    if last and last != datetime.date.max and (last + datetime.timedelta(days=1)).day != 1:
        if (last.year, last.month) == (datetime.MINYEAR, 1):
            return None  # the period ends inside the calendar's first month
        last = last.replace(day=1) - datetime.timedelta(days=1)
    if first and last and first > last:
        return None
    return first, last


def _cell_sets(scope: Scope, *, days_only: bool = False) -> list[QuerySet]:
    """Cells that together cover the period once: whole months from MonthCell when neither the scope nor
    ``days_only`` asks for a unit or category, the days at the edges (or every day) from DayCell."""
    region_ids = scope.region_ids()
    days = DayCell.objects.all()
    if region_ids is not None:
        days = days.filter(region_id__in=region_ids)
    if scope.unit:
        days = days.filter(unit_id=scope.unit.pk)
    if scope.category:
        days = days.filter(category_id__in=Category.objects.filter(code=scope.category).values("id"))
    whole = None if days_only or scope.unit or scope.category else whole_months(scope)
    if whole is None:
        return [days.filter(scope.day_range("day"))]
    first, last = whole
    months = MonthCell.objects.filter(Scope(date_from=first, date_to=last).day_range("month"))
    if region_ids is not None:
        months = months.filter(region_id__in=region_ids)
    sets = [months]
    one_day = datetime.timedelta(days=1)
    if first and first != scope.date_from:
        sets.append(days.filter(Scope(date_from=scope.date_from, date_to=first - one_day).day_range("day")))
    if last and last != scope.date_to:
        sets.append(days.filter(Scope(date_from=last + one_day, date_to=scope.date_to).day_range("day")))
    return sets


def _summed(scope: Scope, group: str | None = None, names=tuple(TOTALS)) -> dict:
    """The TOTALS ``names`` over the scope's cells, per value of ``group`` (a cell field or "month")."""
    sums: dict = {}
    for cells in _cell_sets(scope, days_only=group in MonthCell.DAY_ONLY):
        if group == "month" and cells.model is DayCell:
            cells = cells.annotate(month=TruncMonth("day"))
        aggregates = {name: TOTALS[name] for name in names}
        rows = cells.values(group).annotate(**aggregates) if group else [cells.aggregate(**aggregates)]
        for row in rows:
            total = sums.setdefault(row[group] if group else None, dict.fromkeys(names, 0))
            for name in names:
                total[name] += int(row[name] or 0)
    return sums


def covers_every_matter(scope: Scope) -> bool:
    """Whether the scope's filters leave every matter in: no unit or category, and no region or one that
    holds every region (a city-wide reader's own)."""
    if scope.unit or scope.category:
        return False
    return scope.region is None or not Region.objects.exclude(pk__in=scope.region_ids()).exists()


def _consulted_counts(scope: Scope) -> dict:
    """Distinct matters and enterprises on the agenda of the period's 会商会 (recount.py counts the same
    through consulted_matters): from the consultation cells when every matter is in scope, else in one
    pass over the agenda."""
    if covers_every_matter(scope):
        return consulted_counts(scope.date_from, scope.date_to)
    items = AgendaItem.objects.filter(meeting__in=consultation_meetings(scope, in_region=False))
    items = items.filter(matter__in=scope.matters().values("pk"))
    return items.aggregate(
        consulted=Count("matter", distinct=True), enterprises=Count("matter__enterprise", distinct=True)
    )


def _overdue(scope: Scope) -> int:
    # The few matters past their deadline come first (index on state, due), then the period's among them:
    # a year of first assignments is the larger set to start from. The two planners need this said
    # differently. Given both conditions in one filter, SQLite leads with the period's index (224 ms against
    # 4 ms at a million matters); given the late matters as a subquery, PostgreSQL hashes them and scans the
    # whole period (160 ms against 28 ms).
    late = Q(state__in=AWAITING_UNIT, due__lt=clock.today())
    if connection.vendor == "sqlite":
        return cohort(scope).filter(pk__in=Matter.objects.filter(late).values("pk")).count()
    return cohort(scope).filter(late).count()


def matter_figures(scope: Scope) -> dict:
    """The headline figures leaders quote, for one period and scope, summed from the rollups."""
    consulted = _consulted_counts(scope)
    totals = _summed(scope).get(None) or dict.fromkeys(TOTALS, 0)
    duration = (
        datetime.timedelta(microseconds=totals["resolve_microseconds"] / totals["resolved_timed"])
        if totals["resolved_timed"] else None
    )
    return {
        "meetings": consultation_meetings(scope).count(),
        "consulted": consulted["consulted"],
        "enterprises": consulted["enterprises"],
        "being_assigned": totals["being_assigned"],
        "assigned": totals["assigned"],
        "resolved": totals["resolved"],
        "resolution_rate": percent(totals["resolved"], totals["assigned"]),
        "on_time_rate": percent(totals["on_time"], totals["resolved"]),
        "satisfaction_rate": percent(totals["satisfied"], totals["reviews"]),
        "reopen_rate": percent(totals["reopened"], totals["resolved"]),
        "send_back_rate": percent(totals["sent_back"], totals["assignments"]),
        "avg_days_to_resolve": round(duration.total_seconds() / 86400, 1) if duration else 0.0,
        "overdue": _overdue(scope),
    }


def step_assignments(scope: Scope) -> QuerySet[Assignment]:
    """Assignments of the scope's matters; with a unit, those the unit led (whoever leads the matter now)."""
    assignments = Assignment.objects.filter(matter__in=consultation_matters(Scope(
        date_from=scope.date_from, date_to=scope.date_to, region=scope.region, category=scope.category,
    )).values("pk"))
    return assignments.filter(lead_unit=scope.unit) if scope.unit else assignments


def _ended_before(limit: str) -> Q:
    """The assignment was sent back or reassigned before its ``limit`` fell."""
    return Q(sent_back_at__lt=F(limit)) | Q(ended_at__lt=F(limit))


def _limit_fell(scope: Scope, limit: str) -> Q:
    return scope.moment_range(limit) & Q(**{f"{limit}__lte": clock.now()})


def _counted(rows: QuerySet, group: str | None, **aggregates) -> dict:
    """``aggregates`` over ``rows``; with ``group`` (a field), per value of it: {value: aggregates}."""
    if group is None:
        return rows.aggregate(**aggregates)
    return {row.pop(group): row for row in rows.order_by().values(group).annotate(**aggregates)}


SIGNED_IN_TIME = Q(acknowledged_at__lte=F("acknowledge_due"))


def acknowledge_counts(scope: Scope, *, per_unit: bool = False) -> dict:
    """Assignments whose signing limit fell in the period, and those signed for by it; ``per_unit``: per
    unit that led the assignment."""
    return _counted(acknowledge_rows(scope), "lead_unit" if per_unit else None,
                    all=Count("pk"), on_time=Count("pk", filter=SIGNED_IN_TIME))


def acknowledge_rows(scope: Scope) -> QuerySet[Assignment]:
    """The assignments acknowledge_counts counts, each marked ``on_time`` when signed for by its limit."""
    return step_assignments(scope).filter(_limit_fell(scope, "acknowledge_due")).exclude(
        _ended_before("acknowledge_due"), acknowledged_at=None).annotate(
        on_time=ExpressionWrapper(SIGNED_IN_TIME, output_field=BooleanField()))


def response_counts(scope: Scope, *, per_unit: bool = False) -> dict:
    """Assignments whose response limit fell in the period, and those first responded to by it (a contact
    with the submitter or the answer); ``per_unit``: per unit that led the assignment."""
    return _counted(response_rows(scope), "lead_unit" if per_unit else None,
                    all=Count("pk"), on_time=Count("pk", filter=Q(in_time=True)))


def response_rows(scope: Scope) -> QuerySet[Assignment]:
    """The assignments response_counts counts, each marked ``in_time`` when first responded to by its limit."""
    contacted = Exists(Contact.objects.filter(assignment=OuterRef("pk"), contacted_at__lte=OuterRef("response_due")))
    answered = Exists(Response.objects.filter(assignment=OuterRef("pk"), at__lte=OuterRef("response_due")))
    return step_assignments(scope).filter(_limit_fell(scope, "response_due")).annotate(
        in_time=contacted | answered).exclude(_ended_before("response_due"), in_time=False)


def solved_counts(scope: Scope, *, per_unit: bool = False) -> dict:
    """Reviews and follow-ups of the scope's matters made in the period, and those judging the problem
    solved; ``per_unit``: per lead unit of the matter."""
    group = "matter__lead_unit" if per_unit else None
    counts = {"all": Count("pk"), "solved": Count("pk", filter=Q(solved=True))}
    review_rows, follow_up_rows = solved_rows(scope)
    reviews = _counted(review_rows, group, **counts)
    follow_ups = _counted(follow_up_rows, group, **counts)
    if not per_unit:
        return {"all": reviews["all"] + follow_ups["all"], "solved": reviews["solved"] + follow_ups["solved"]}
    return {unit: {name: reviews.get(unit, {}).get(name, 0) + follow_ups.get(unit, {}).get(name, 0)
                   for name in counts} for unit in reviews.keys() | follow_ups.keys()}


def solved_rows(scope: Scope) -> tuple[QuerySet[Review], QuerySet[FollowUp]]:
    """The reviews and the follow-ups solved_counts counts (``solved`` tells which judged the problem solved)."""
    matters = consultation_matters(scope).values("pk")
    return (Review.objects.filter(scope.moment_range("at"), matter__in=matters),
            FollowUp.objects.filter(scope.moment_range("done_at"), done_at__isnull=False, solved__isnull=False,
                                    matter__in=matters))


def follow_up_rows(scope: Scope) -> QuerySet[FollowUp]:
    """The follow-ups follow_up_counts counts."""
    rows = FollowUp.objects.filter(scope.moment_range("done_at"), done_at__isnull=False)
    # Without a region, unit or category every matter is in scope: "matter IN (all matters)" would only
    # make the database read the whole matters table for nothing.
    if scope.region or scope.unit or scope.category:
        rows = rows.filter(matter__in=scope.matters().values("pk"))
    return rows


def follow_up_counts(scope: Scope, *, per_unit: bool = False) -> dict:
    """Follow-ups (回访) of the scope's matters done in the period: all, satisfied and fairly satisfied;
    ``per_unit``: per lead unit of the matter. The follow-up satisfaction rate counts the satisfied and,
    at a weight of 1 unless a ranking scheme says less, the fairly satisfied."""
    return _counted(
        follow_up_rows(scope), "matter__lead_unit" if per_unit else None, all=Count("pk"),
        satisfied=Count("pk", filter=Q(satisfaction=FollowUp.Satisfaction.SATISFIED)),
        fairly=Count("pk", filter=Q(satisfaction=FollowUp.Satisfaction.FAIRLY)),
    )


def totals_by_unit(scope: Scope) -> dict[int, dict]:
    """The cohort's TOTALS (what matter_figures divides) per lead unit id (0: none), from the rollups."""
    return _summed(scope, "unit_id")


def assessment_figures(scope: Scope) -> dict:
    """The unit assessment's rates (三率 and 及时签收率) for one period and scope, counted from the records."""
    acknowledged, responded, solved = acknowledge_counts(scope), response_counts(scope), solved_counts(scope)
    return {
        "acknowledge_on_time_rate": percent(acknowledged["on_time"], acknowledged["all"]),
        "response_rate": percent(responded["on_time"], responded["all"]),
        "solved_rate": percent(solved["solved"], solved["all"]),
    }


def _rows(sums: dict, labels: dict) -> list[dict]:
    """Breakdown rows of the groups holding cohort matters, most assigned first."""
    rows = []
    for group, total in sums.items():
        if not any(total.values()):
            continue
        key, name = labels.get(group, (None, None))
        rows.append({
            "key": key, "name": name, "assigned": total["assigned"], "being_assigned": total["being_assigned"],
            "resolved": total["resolved"], "resolution_rate": percent(total["resolved"], total["assigned"]),
        })
    return sorted(rows, key=lambda row: (-row["assigned"], row["name"] is None, row["name"] or ""))


def _labels(model, ids, key: str) -> dict:
    return {row["id"]: (row[key], row["name"]) for row in model.objects.filter(pk__in=ids).values("id", key, "name")}


def breakdowns(scope: Scope) -> dict:
    """The cohort's figures by lead unit, category, region and month of first assignment, from the rollups."""
    by_unit = _summed(scope, "unit_id", BREAKDOWN_TOTALS)
    by_category = _summed(scope, "category_id", BREAKDOWN_TOTALS)
    by_region = _summed(scope, "region_id", BREAKDOWN_TOTALS)
    by_month = _summed(scope, "month", ("assigned", "resolved", "being_assigned"))
    return {
        "by_unit": _rows(by_unit, _labels(Organization, by_unit, "id")),
        "by_category": _rows(by_category, _labels(Category, by_category, "code")),
        "by_region": _rows(by_region, _labels(Region, by_region, "code")),
        "by_month": [
            {"month": month.strftime("%Y-%m"), "assigned": total["assigned"], "resolved": total["resolved"]}
            for month, total in sorted(sums_item for sums_item in by_month.items() if any(sums_item[1].values()))
        ],
    }
