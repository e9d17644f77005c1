"""Keeping the consultation cells (figures.models.ConsultationCell) equal to a recount of the agendas.

A matter's consultation days are the days of the 会商会 whose agenda holds it; an enterprise's are those of
its matters. Each matter (enterprise) adds one to the cell (day, previous day) of each of its days. The
meetings services call ``record_agenda_change`` in the transaction that adds or removes an agenda item.
Nothing else changes those days: no service moves a meeting to another day or kind, deletes one, or gives
a matter another enterprise. ``rebuild`` and ``differences`` serve ``huishang figures`` through
figures.rollups.
"""

import datetime
from collections import Counter, defaultdict

from django.db import connection, transaction
from django.db.models import QuerySet, Sum

from huishang.cases.models import Matter
from huishang.directory.models import Organization
from huishang.figures.cells import upsert_sql
from huishang.figures.models import ConsultationCell
from huishang.meetings.models import AgendaItem, Meeting

NEVER = ConsultationCell.NEVER
MATTERS, ENTERPRISES = (ConsultationCell.METRICS.index(name) for name in ("matters", "enterprises"))

Sums = dict[tuple[datetime.date, datetime.date], list[int]]


def _consultation_items() -> QuerySet[AgendaItem]:
    return AgendaItem.objects.filter(meeting__kind=Meeting.Kind.CONSULTATION)


def _add_days(sums: Sums, days, metric: int, sign: int = 1) -> None:
    previous = NEVER
    for day in sorted(days):
        sums.setdefault((day, previous), [0] * len(ConsultationCell.METRICS))[metric] += sign
        previous = day


def _move(delta: Sums, items: QuerySet[AgendaItem], day: datetime.date, *, added: bool, metric: int) -> None:
    """Add to ``delta`` the change of one subject's cells: ``items`` are its agenda items as they are now,
    and they hold ``day`` once more (``added``) or once less than before."""
    after = Counter(items.values_list("meeting__held_on", flat=True))
    before = after.copy()
    before[day] += -1 if added else 1
    # A day stays a consultation day while another of the subject's items falls on it: unary + keeps
    # the days counted at least once.
    _add_days(delta, +after, metric)
    _add_days(delta, +before, metric, sign=-1)


def _apply(delta: Sums) -> None:
    """Add ``delta`` to the stored cells, in key order so that two transactions wait instead of deadlocking."""
    changed = sorted((key, metrics) for key, metrics in delta.items() if any(metrics))
    with connection.cursor() as cursor:
        for (day, previous_day), metrics in changed:
            adapt = connection.ops.adapt_datefield_value
            cursor.execute(upsert_sql(ConsultationCell), [adapt(day), adapt(previous_day), *metrics])


def record_agenda_change(item: AgendaItem, *, added: bool) -> None:
    """Move the cells of ``item``'s matter and enterprise between their days without the item and with
    it. Call it inside the transaction that added (``added``) or deleted the item, after the change."""
    meeting = item.meeting
    if meeting.kind != Meeting.Kind.CONSULTATION:
        return
    # The days are read, changed and written back: locking the matter and its enterprise keeps two
    # agenda changes of one subject from both starting from the days before the other's change.
    matter = Matter.objects.select_for_update(no_key=True).filter(pk=item.matter_id)
    enterprise_id = matter.values_list("enterprise", flat=True).get()
    delta: Sums = {}
    _move(delta, _consultation_items().filter(matter=item.matter_id), meeting.held_on, added=added, metric=MATTERS)
    if enterprise_id is not None:
        Organization.objects.select_for_update(no_key=True).filter(pk=enterprise_id).values_list("pk").get()
        _move(delta, _consultation_items().filter(matter__enterprise=enterprise_id), meeting.held_on,
              added=added, metric=ENTERPRISES)
    _apply(delta)


def computed_cells() -> Sums:
    """Every cell counted afresh from the agendas of the 会商会."""
    matter_days, enterprise_days = defaultdict(set), defaultdict(set)
    items = _consultation_items().values_list("matter", "matter__enterprise", "meeting__held_on")
    for matter_id, enterprise_id, day in items.iterator(chunk_size=20_000):
        matter_days[matter_id].add(day)
        if enterprise_id is not None:
            enterprise_days[enterprise_id].add(day)
    sums: Sums = {}
    for days in matter_days.values():
        _add_days(sums, days, MATTERS)
    for days in enterprise_days.values():
        _add_days(sums, days, ENTERPRISES)
    return sums


def stored_cells() -> Sums:
    rows = ConsultationCell.objects.values_list(*ConsultationCell.KEY, *ConsultationCell.METRICS)
    return {tuple(row[:2]): list(row[2:]) for row in rows if any(row[2:])}


@transaction.atomic
def rebuild() -> int:
    """Replace every consultation cell by a fresh count; returns the number of cells written."""
    ConsultationCell.objects.all().delete()
    cells = [
        ConsultationCell(day=day, previous_day=previous_day, **dict(zip(ConsultationCell.METRICS, metrics)))
        for (day, previous_day), metrics in computed_cells().items()
    ]
    ConsultationCell.objects.bulk_create(cells, batch_size=2000)
    return len(cells)


def differences() -> list[dict]:
    """Cells whose stored sums differ from a fresh count (empty when they are right)."""
    stored, counted = stored_cells(), computed_cells()
    empty = [0] * len(ConsultationCell.METRICS)
    return [
        {
            "level": "consultation", "key": dict(zip(ConsultationCell.KEY, map(str, key))),
            "stored": dict(zip(ConsultationCell.METRICS, stored.get(key, empty))),
            "counted": dict(zip(ConsultationCell.METRICS, counted.get(key, empty))),
        }
        for key in sorted(stored.keys() | counted.keys())
        if stored.get(key, empty) != counted.get(key, empty)
    ]


def consulted_counts(date_from: datetime.date | None, date_to: datetime.date | None) -> dict:
    """Distinct matters and enterprises discussed at a 会商会 of the period, wherever held: each is counted
    by the cell of its first consultation day inside the period, the one whose previous day lies before it."""
    start = date_from or NEVER + datetime.timedelta(days=1)
    cells = ConsultationCell.objects.filter(day__gte=start, previous_day__lt=start)
    if date_to:
        cells = cells.filter(day__lte=date_to)
    totals = cells.aggregate(consulted=Sum("matters"), enterprises=Sum("enterprises"))
    return {name: value or 0 for name, value in totals.items()}
