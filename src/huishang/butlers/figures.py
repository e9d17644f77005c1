"""The butler service's figures, counted from the records for a period and a scope.

- enterprises_covered: enterprises in some butler's care on any day of the period.
- butlers: butlers with at least one enterprise in care on any day of the period.
- visits: visits made in the period; enterprises_visited: distinct enterprises among them.
- problems_raised: matters from a butler (source butler) submitted in the period (from figures.raised's cells).
- problems_resolved: those now resolved or closed; resolution_rate = resolved / raised, in %.
- trainings: training records of butlers held in the period.
- visits_overdue: enterprises in care at the end of the period (today if it ends later or never) not visited in
  time by then, by the visit plan's rule (butlers.plan).
"""

import datetime


from django.db.models import Count, Q, QuerySet

from huishang.butlers.models import Care, Training, Visit
from huishang.butlers.plan import cares_on, overdue_rows
from huishang.butlers.selectors import butlers_within
from huishang.core import clock
from huishang.directory.jurisdiction import Jurisdiction
from huishang.directory.models import User
from huishang.figures.raised import raised_per_butler
from huishang.figures.selectors import Scope, percent


def _cares(scope: Scope) -> QuerySet[Care]:
    """Care periods overlapping the period: begun by its last day, not ended before its first."""
    cares = Care.objects.filter(Scope(date_to=scope.date_to).moment_range("started_at"))
    if scope.date_from:
        cares = cares.filter(Q(ended_at=None) | Scope(date_from=scope.date_from).moment_range("ended_at"))
    return cares.filter(scope.within("enterprise__region"))


def _visits(scope: Scope) -> QuerySet[Visit]:
    return Visit.objects.filter(scope.day_range("visited_on"), scope.within("enterprise__region"))


def _trainings(scope: Scope) -> QuerySet[Training]:
    trainings = Training.objects.filter(scope.day_range("held_on"))
    if scope.region:
        trainings = trainings.filter(butlers_within(Jurisdiction(region=scope.region), "butler__"))
    return trainings


def _plan_day(scope: Scope) -> datetime.date:
    today = clock.today()
    return min(scope.date_to, today) if scope.date_to else today


def _overdue_per_butler(scope: Scope) -> dict[int, int]:
    day = _plan_day(scope)
    if scope.date_from and day < scope.date_from:
        return {}
    counts: dict[int, int] = {}
    for row in overdue_rows(cares_on(day).filter(scope.within("enterprise__region")), on=day):
        counts[row.care.butler_id] = counts.get(row.care.butler_id, 0) + 1
    return counts


def by_butler(scope: Scope, overdue: dict[int, int] | None = None) -> list[dict]:
    """One row per butler who had enterprises in care, visited or raised problems in the period."""
    # Counted per butler id, the names read once for all: grouping by the joined names made the database
    # walk every user. The problems raised are summed from cells kept in step with every matter
    # (figures.raised): at a city's scale a quarter of the matters come from butlers.
    enterprises = dict(_cares(scope).values_list("butler").annotate(n=Count("enterprise", distinct=True)).order_by())
    visits = dict(_visits(scope).values_list("butler").annotate(n=Count("pk")).order_by())
    raised = raised_per_butler(scope)
    overdue = _overdue_per_butler(scope) if overdue is None else overdue
    people = User.objects.filter(pk__in=enterprises.keys() | visits.keys() | raised.keys() | overdue.keys())
    rows = []
    for butler_id, name, unit in people.values_list("pk", "name", "organization__name"):
        problems_raised, problems_resolved = raised.get(butler_id, (0, 0))
        rows.append({
            "butler": butler_id, "name": name, "unit": unit, "enterprises": enterprises.get(butler_id, 0),
            "visits": visits.get(butler_id, 0), "problems_raised": problems_raised,
            "problems_resolved": problems_resolved, "resolution_rate": percent(problems_resolved, problems_raised),
            "visits_overdue": overdue.get(butler_id, 0),
        })
    return sorted(rows, key=lambda entry: (-entry["visits"], entry["name"] or ""))


def by_unit(butler_rows: list[dict]) -> list[dict]:
    """The butler rows summed per butler's unit."""
    units: dict[str, dict] = {}
    for entry in butler_rows:
        unit = units.setdefault(entry["unit"] or "", {
            "unit": entry["unit"] or "", "butlers": 0, "enterprises": 0, "visits": 0, "problems_raised": 0,
            "problems_resolved": 0, "visits_overdue": 0,
        })
        unit["butlers"] += 1
        for key in ("enterprises", "visits", "problems_raised", "problems_resolved", "visits_overdue"):
            unit[key] += entry[key]
    for unit in units.values():
        unit["resolution_rate"] = percent(unit["problems_resolved"], unit["problems_raised"])
    return sorted(units.values(), key=lambda unit: (-unit["visits"], unit["unit"]))


def butler_figures(scope: Scope) -> dict:
    """The headline figures of the butler service, for ``huishang stats --json`` under ``butlers``."""
    cares = _cares(scope)
    visits = _visits(scope)
    overdue = _overdue_per_butler(scope)
    rows = by_butler(scope, overdue)
    raised_count = sum(entry["problems_raised"] for entry in rows)
    resolved_count = sum(entry["problems_resolved"] for entry in rows)
    return {
        "butlers": {
            "enterprises_covered": cares.values("enterprise").distinct().count(),
            "butlers": cares.values("butler").distinct().count(),
            "visits": visits.count(),
            "enterprises_visited": visits.values("enterprise").distinct().count(),
            "problems_raised": raised_count,
            "problems_resolved": resolved_count,
            "resolution_rate": percent(resolved_count, raised_count),
            "trainings": _trainings(scope).count(),
            "visits_overdue": sum(overdue.values()),
            "by_butler": rows,
            "by_unit": by_unit(rows),
        }
    }
