"""The problems butlers raised (matters of source butler) per butler, from cells kept equal to a recount.

A matter from a butler adds one to the cell of its local submission day (RaisedDayCell) and month
(RaisedMonthCell), its butler, its region, and whether it is now resolved or closed. Only its state moves
it: figures.rollups passes every transition on to ``record_move`` and new matters to ``record_new``.
"""

from collections import defaultdict

from django.db import connection, transaction
from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from huishang.cases.models import Matter
from huishang.cases.states import DONE
from huishang.figures.cells import upsert_sql
from huishang.figures.models import RaisedDayCell, RaisedMonthCell
from huishang.figures.selectors import Scope, whole_months

MODELS = {"day": RaisedDayCell, "month": RaisedMonthCell}
FACTS = ("source", "submitted_at", "submitted_by_id", "region_id", "state")
CHUNK = 20_000

Sums = dict[tuple, int]


def _contribution(sums: Sums, facts: dict, sign: int = 1) -> None:
    if facts["source"] != Matter.Source.BUTLER:
        return
    day = timezone.localtime(facts["submitted_at"]).date()
    cell = (facts["submitted_by_id"], facts["region_id"], facts["state"] in DONE)
    for key in (("day", day, *cell), ("month", day.replace(day=1), *cell)):
        sums[key] = sums.get(key, 0) + sign


def _facts(matter: Matter, **changes) -> dict:
    return {**{name: getattr(matter, name) for name in FACTS}, **changes}


def _apply(delta: Sums) -> None:
    """Add ``delta`` to the stored cells, in key order so that two transactions wait instead of deadlocking."""
    with connection.cursor() as cursor:
        for (level, day, *key), matters in sorted(delta.items()):
            if matters:
                cursor.execute(upsert_sql(MODELS[level]), [connection.ops.adapt_datefield_value(day), *key, matters])


def record_move(matter: Matter, *, to_state: str) -> None:
    """Move a butler's matter to the cells of its new state; ``matter`` holds the row as it was."""
    if matter.source != Matter.Source.BUTLER or (matter.state in DONE) == (to_state in DONE):
        return
    delta: Sums = {}
    _contribution(delta, _facts(matter), sign=-1)
    _contribution(delta, _facts(matter, state=to_state))
    _apply(delta)


def record_new(matters: list[Matter]) -> None:
    """Add new matters, as they were written."""
    delta: Sums = {}
    for matter in matters:
        _contribution(delta, _facts(matter))
    _apply(delta)


def computed_cells() -> Sums:
    sums: Sums = {}
    matters = Matter.objects.filter(source=Matter.Source.BUTLER).order_by("pk").values_list("pk", *FACTS)
    last = 0
    while chunk := list(matters.filter(pk__gt=last)[:CHUNK]):
        last = chunk[-1][0]
        for row in chunk:
            _contribution(sums, dict(zip(FACTS, row[1:])))
    return {key: matters for key, matters in sums.items() if matters}


def stored_cells() -> Sums:
    return {
        (level, *row[:-1]): row[-1]
        for level, model in MODELS.items()
        for row in model.objects.filter(matters__gt=0).values_list(*model.KEY, "matters")
    }


@transaction.atomic
def rebuild() -> int:
    """Replace every cell by a fresh count; returns the number of cells written."""
    cells = {level: [] for level in MODELS}
    for (level, *key), matters in computed_cells().items():
        cells[level].append(MODELS[level](**dict(zip(MODELS[level].KEY, key)), matters=matters))
    for level, model in MODELS.items():
        model.objects.all().delete()
        model.objects.bulk_create(cells[level], batch_size=2000)
    return sum(len(rows) for rows in cells.values())


def differences() -> list[dict]:
    """Cells whose stored count differs from a fresh count (empty when they are right)."""
    stored, counted = stored_cells(), computed_cells()
    return [
        {"level": f"raised {level}", "key": dict(zip(MODELS[level].KEY, map(str, key))),
         "stored": {"matters": stored.get((level, *key), 0)}, "counted": {"matters": counted.get((level, *key), 0)}}
        for level, *key in sorted(stored.keys() | counted.keys(), key=repr)
        if stored.get((level, *key), 0) != counted.get((level, *key), 0)
    ]


def _cell_sets(scope: Scope) -> list[QuerySet]:
    """Cells that cover the period once: whole months from the month cells, the days at its edges."""
    regions = scope.region_ids()

    def of_region(cells: QuerySet) -> QuerySet:
        return cells if regions is None else cells.filter(region_id__in=regions)

    whole = whole_months(scope)
    if whole is None:
        return [of_region(RaisedDayCell.objects.filter(scope.day_range("day")))]
    first, last = whole
    sets = [of_region(RaisedMonthCell.objects.filter(Scope(date_from=first, date_to=last).day_range("month")))]
    if first and first != scope.date_from:
        sets.append(of_region(RaisedDayCell.objects.filter(day__gte=scope.date_from, day__lt=first)))
    if last and last != scope.date_to:
        sets.append(of_region(RaisedDayCell.objects.filter(day__gt=last, day__lte=scope.date_to)))
    return sets


def recount_raised_per_butler(scope: Scope) -> dict[int, tuple[int, int]]:
    """What ``raised_per_butler`` answers, counted from the matters."""
    matters = scope.matters().filter(scope.moment_range("submitted_at"), source=Matter.Source.BUTLER)
    rows = matters.values("submitted_by").annotate(raised=Count("pk"), done=Count("pk", filter=Q(state__in=DONE)))
    return {row["submitted_by"]: (row["raised"], row["done"]) for row in rows}


def raised_per_butler(scope: Scope) -> dict[int, tuple[int, int]]:
    """Butler id -> (problems raised in the period, how many of them are now resolved or closed). A unit
    or category filter is no dimension of the cells: those scopes are counted from the matters."""
    if scope.unit or scope.category:
        return recount_raised_per_butler(scope)
    totals = defaultdict(lambda: [0, 0])
    for cells in _cell_sets(scope):
        for row in cells.values("submitter_id", "done").annotate(matters=Sum("matters")):
            totals[row["submitter_id"]][0] += row["matters"]
            if row["done"]:
                totals[row["submitter_id"]][1] += row["matters"]
    return {butler: (raised, done) for butler, (raised, done) in totals.items() if raised}
