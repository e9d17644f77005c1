"""Keeping the figure cells (figures.models) equal to a recount of the records.

A matter contributes to the cells through ``contribution``: a function of its row and of its trail
(assign, send back, resolve, continue, reopen), the two things every change writes before the hook runs. The
cases services call ``record_move`` inside each transition's transaction, with the row as it was, and
``record_new`` when matters arrive in bulk; both add the difference between the matter's contribution
after and before the change. A deadline extension is no transition and needs no call: the deadline
counts only for resolved matters, and only a matter a unit is still handling can have its deadline moved.
``rebuild`` recomputes every cell from the records in one transaction and
``differences`` reports where the stored cells and a fresh computation disagree, the consultation cells
(figures.consultations) and those of the problems butlers raised (figures.raised) included.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, models, transaction
from django.utils import timezone

from huishang.cases.models import Matter, Transition
from huishang.cases.states import DONE, REOPENING_ACTIONS, Action, State
from huishang.figures import consultations, raised
from huishang.figures.cells import upsert_sql
from huishang.figures.models import Cell, DayCell, MonthCell, Phase

FACTS = ("kind", "state", "first_assigned_at", "resolved_at", "due", "region_id", "lead_unit_id", "category_id")
TRAIL_ACTIONS = (Action.ASSIGN, Action.SEND_BACK, Action.RESOLVE, Action.CONTINUE, Action.REOPEN)
METRIC_INDEX = {name: index for index, name in enumerate(Cell.METRICS)}
CHUNK = 20_000

Sums = dict[tuple, list[int]]


def _local_day(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date()


def _add(sums: Sums, key: tuple, **metrics) -> None:
    for model_key in (("day", *key), ("month", key[0].replace(day=1), key[1], *key[4:])):
        row = sums.setdefault(model_key, [0] * len(Cell.METRICS))
        for name, value in metrics.items():
            row[METRIC_INDEX[name]] += value


def contribution(facts: dict, trail: list[tuple[str, datetime.datetime]]) -> Sums:
    """What one matter adds to the cells: nothing unless it is a consultation matter ever assigned."""
    sums: Sums = {}
    first_assigned_at = facts["first_assigned_at"]
    if first_assigned_at is None or facts["kind"] == Matter.Kind.SUGGESTION:
        return sums
    state = facts["state"]
    phase = Phase.BEING_ASSIGNED if state == State.ASSIGNED else Phase.DONE if state in DONE else Phase.OPEN
    resolved_at, due = facts["resolved_at"], facts["due"]
    on_time = phase == Phase.DONE and resolved_at is not None and due is not None and _local_day(resolved_at) <= due
    actions = [action for action, _at in trail]
    flags = (phase.value, on_time, any(action in REOPENING_ACTIONS for action in actions))
    dimensions = (facts["region_id"], facts["lead_unit_id"] or 0, facts["category_id"])
    timed = phase == Phase.DONE and resolved_at is not None
    _add(
        sums, (_local_day(first_assigned_at), *dimensions, *flags), matters=1,
        reviews=actions.count(Action.RESOLVE) + actions.count(Action.CONTINUE),
        satisfied=actions.count(Action.RESOLVE), resolved_timed=int(timed),
        resolve_microseconds=(resolved_at - first_assigned_at) // datetime.timedelta(microseconds=1) if timed else 0,
    )
    # An assignment is sent back when a send-back follows it before the next assignment.
    assigned_days = []
    for action, at in trail:
        if action == Action.ASSIGN:
            assigned_days.append([_local_day(at), 0])
        elif action == Action.SEND_BACK and assigned_days:
            assigned_days[-1][1] = 1
    for day, sent_back in assigned_days:
        _add(sums, (day, *dimensions, *flags), assignments=1, sent_back=sent_back)
    return sums


def _facts(matter: Matter, changes: dict | None = None) -> dict:
    facts = {name: getattr(matter, name) for name in FACTS}
    for field, value in (changes or {}).items():
        if isinstance(value, models.Model) or (value is None and f"{field}_id" in facts):
            facts[f"{field}_id"] = value.pk if value is not None else None
        elif field in facts:
            facts[field] = value
    return facts


def _trails(matter_ids: Iterable[int]) -> dict[int, list[tuple[str, datetime.datetime]]]:
    trails = defaultdict(list)
    matter_ids = list(matter_ids)
    if not matter_ids:  # a submission, never assigned: building the empty query cost a sixth of it
        return trails
    entries = Transition.objects.filter(matter__in=matter_ids, action__in=TRAIL_ACTIONS).order_by("matter", "id")
    for matter_id, action, at in entries.values_list("matter", "action", "at"):
        trails[matter_id].append((action, at))
    return trails


def _add_sums(target: Sums, sums: Sums, sign: int = 1) -> None:
    for key, metrics in sums.items():
        row = target.setdefault(key, [0] * len(Cell.METRICS))
        for index, value in enumerate(metrics):
            row[index] += sign * value


MODELS = {"day": DayCell, "month": MonthCell}


def _apply(delta: Sums) -> None:
    """Add ``delta`` to the stored cells; a cell seen for the first time is created (concurrent creators
    meet in the unique key, and ON CONFLICT turns the second insert into an addition). Cells are taken
    in key order, so two transactions touching the same cells wait for each other instead of deadlocking."""
    changed = sorted((key, metrics) for key, metrics in delta.items() if any(metrics))
    if not changed:
        return
    with connection.cursor() as cursor:
        for (level, *key), metrics in changed:
            key[0] = connection.ops.adapt_datefield_value(key[0])
            cursor.execute(upsert_sql(MODELS[level]), [*key, *metrics])


def record_move(matter: Matter, *, action: str, to_state: str, changes: dict | None) -> None:
    """Move ``matter``'s contribution from what it was to what the transition makes it. Call it inside
    the transition's transaction, after its trail entry is written and while ``matter`` still holds the
    row as it was before the change (the version guard proved it current)."""
    raised.record_move(matter, to_state=to_state)
    if matter.kind == Matter.Kind.SUGGESTION:
        return
    changes = {**(changes or {}), "state": to_state}
    if matter.first_assigned_at is None and changes.get("first_assigned_at") is None:
        return
    trail = _trails([matter.pk])[matter.pk]
    before = trail[:-1] if action in TRAIL_ACTIONS else trail
    delta: Sums = {}
    _add_sums(delta, contribution(_facts(matter), before), sign=-1)
    _add_sums(delta, contribution(_facts(matter, changes), trail))
    _apply(delta)


def record_new(matters: list[Matter]) -> None:
    """Add the contribution of new matters (one submitted, or many written in bulk), after their trail."""
    raised.record_new(matters)
    trails = _trails(matter.pk for matter in matters if matter.first_assigned_at is not None)
    delta: Sums = {}
    for matter in matters:
        _add_sums(delta, contribution(_facts(matter), trails.get(matter.pk, [])))
    _apply(delta)


def computed_cells() -> Sums:
    """Every cell counted afresh from the matters and their trails, a chunk of matters at a time."""
    sums: Sums = {}
    matters = Matter.objects.filter(first_assigned_at__isnull=False).exclude(kind=Matter.Kind.SUGGESTION)
    last = 0
    while True:
        chunk = list(matters.filter(pk__gt=last).order_by("pk").values("pk", *FACTS)[:CHUNK])
        if not chunk:
            return sums
        last = chunk[-1]["pk"]
        entries = Transition.objects.filter(
            matter__gte=chunk[0]["pk"], matter__lte=last, action__in=TRAIL_ACTIONS
        ).order_by("matter", "id").values_list("matter", "action", "at")
        trails = defaultdict(list)
        for matter_id, action, at in entries:
            trails[matter_id].append((action, at))
        for facts in chunk:
            _add_sums(sums, contribution(facts, trails.get(facts["pk"], [])))


def _cell(level: str, key: tuple, metrics: list[int]) -> Cell:
    model = MODELS[level]
    return model(**dict(zip(model.KEY, key)), **dict(zip(Cell.METRICS, metrics)))


@transaction.atomic
def rebuild() -> int:
    """Replace every cell by a fresh count; returns the number of cells written."""
    sums = computed_cells()
    DayCell.objects.all().delete()
    MonthCell.objects.all().delete()
    cells = {"day": [], "month": []}
    for (level, *key), metrics in sums.items():
        if any(metrics):
            cells[level].append(_cell(level, tuple(key), metrics))
    for level, rows in cells.items():
        MODELS[level].objects.bulk_create(rows, batch_size=2000)
    return sum(len(rows) for rows in cells.values()) + rebuild_other_rollups()


def rebuild_other_rollups() -> int:
    """Rebuild the rollups beside the day and month cells (which bench/generate.py computes in SQL on
    PostgreSQL); returns the number of cells written."""
    return consultations.rebuild() + raised.rebuild()


def stored_cells() -> Sums:
    sums: Sums = {}
    for level, model in MODELS.items():
        for row in model.objects.values_list(*model.KEY, *Cell.METRICS).iterator(chunk_size=10_000):
            if any(row[len(model.KEY):]):
                sums[(level, *row[:len(model.KEY)])] = list(row[len(model.KEY):])
    return sums


def differences() -> list[dict]:
    """Cells whose stored sums differ from a fresh count (empty when the rollups are right)."""
    stored, counted = stored_cells(), {key: value for key, value in computed_cells().items() if any(value)}
    found = []
    for key in sorted(stored.keys() | counted.keys(), key=repr):
        if stored.get(key) != counted.get(key):
            level, *cell_key = key
            found.append({
                "level": level, "key": dict(zip(MODELS[level].KEY, (str(part) for part in cell_key))),
                "stored": dict(zip(Cell.METRICS, stored.get(key, [0] * len(Cell.METRICS)))),
                "counted": dict(zip(Cell.METRICS, counted.get(key, [0] * len(Cell.METRICS)))),
            })
    return found + consultations.differences() + raised.differences()
