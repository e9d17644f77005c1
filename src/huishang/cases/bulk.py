"""Bulk intake: many matters taken in, and those naming a unit accepted and assigned, in batches.

Each matter ends exactly as ``submit_matter``, ``accept`` and ``assign`` would leave it (state, version,
numbers, timestamps, trail entries, assignment, search words), but the permission is checked once and the
rows are written with one INSERT per table and batch. The caller has checked every row and holds the
transaction that makes the intake all or nothing.
"""

import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from huishang.audit.log import record_bulk_create
from huishang.cases import notices, permissions
from huishang.cases.models import Assignment, Category, Matter, MatterSequence, Transition
from huishang.cases.states import Action, State
from huishang.core import clock
from huishang.core.errors import NotAllowed
from huishang.directory.models import Organization
from huishang.figures import rollups
from huishang.insight.search import index_matters
from huishang.supervision.limits import limit_for, step_dues

BATCH_SIZE = 500


@dataclass
class NewMatter:
    """One checked row: an enterprise's problem, with a lead unit and a deadline when it is to be assigned."""

    title: str
    description: str
    category: Category
    enterprise: Organization
    lead_unit: Organization | None = None
    due: datetime.date | None = None


def check_bulk_intake(by, *, assigning: bool) -> None:
    """The importer's role must submit, and accept and assign when any row is to be assigned."""
    needed = [permissions.SUBMITTING_ROLES]
    if assigning:
        needed += [permissions.ROLES_FOR[Action.ACCEPT], permissions.ROLES_FOR[Action.ASSIGN]]
    if not by.is_authenticated or not by.is_active or any(by.role not in roles for roles in needed):
        raise NotAllowed(_("Your role cannot raise matters."))


def _reserve_numbers(year: int, count: int) -> list[str]:
    """``count`` consecutive matter numbers of ``year``, taken under the sequence's row lock."""
    MatterSequence.objects.select_for_update().get_or_create(year=year)
    MatterSequence.objects.filter(pk=year).update(last=F("last") + count)
    last = MatterSequence.objects.get(pk=year).last
    return [f"HS-{year}-{n:06d}" for n in range(last - count + 1, last + 1)]


def _write_batch(rows: list[NewMatter], *, by, note: str, source: str) -> list[Matter]:
    now = clock.now()
    numbers = _reserve_numbers(now.year, len(rows))
    matters = []
    for number, row in zip(numbers, rows):
        assigned = row.lead_unit is not None
        matters.append(Matter(
            number=number, kind=Matter.Kind.PROBLEM, source=source, title=row.title, description=row.description,
            category=row.category, enterprise=row.enterprise, region=row.enterprise.region or by.region,
            submitted_by=by, submitted_at=now,
            # submit → accept → assign: each transition adds one to the version.
            state=State.ASSIGNED if assigned else State.SUBMITTED, version=3 if assigned else 1,
            lead_unit=row.lead_unit, due=row.due, first_assigned_at=now if assigned else None,
        ))
    Matter.objects.bulk_create(matters)
    record_bulk_create(matters, actor=by)
    trail, assignments = [], []
    dues_of_category = {}  # the step limits' moments, the same for every matter of a category in the batch
    for matter in matters:
        trail.append(Transition(matter=matter, action=Action.SUBMIT, to_state=State.SUBMITTED, actor=by, at=now))
        if matter.lead_unit is None:
            continue
        trail.append(Transition(matter=matter, action=Action.ACCEPT, from_state=State.SUBMITTED,
                                to_state=State.ACCEPTED, actor=by, at=now, note=note))
        trail.append(Transition(matter=matter, action=Action.ASSIGN, from_state=State.ACCEPTED,
                                to_state=State.ASSIGNED, actor=by, at=now, note=matter.lead_unit.name))
        if matter.category_id not in dues_of_category:
            limit = limit_for(category_id=matter.category_id, urgency=matter.urgency)
            dues_of_category[matter.category_id] = step_dues(limit, assigned_at=now)
        assignments.append(Assignment(matter=matter, lead_unit=matter.lead_unit, due=matter.due, assigned_by=by,
                                      assigned_at=now, **dues_of_category[matter.category_id]))
    Transition.objects.bulk_create(trail)
    for entry in trail:
        # The units must sign for what was assigned to them (notices.py); the importing office took the
        # rest in itself, and other offices are not told of every row of its ledger.
        if entry.action == Action.ASSIGN:
            transaction.on_commit(functools.partial(notices.tell, entry), robust=True)
    rollups.record_new(matters)
    Assignment.objects.bulk_create(assignments)
    record_bulk_create(trail, actor=by)
    record_bulk_create(assignments, actor=by)
    index_matters(matters)
    return matters


def bulk_intake(rows: list[NewMatter], *, by, note: str, source: str = Matter.Source.OFFICE,
                on_progress: Callable[[int, int], None] | None = None) -> list[Matter]:
    """Take in checked rows as matters, ``BATCH_SIZE`` at a time; ``note`` goes on each acceptance.
    Call it inside a transaction: a failure leaves the batches already written to be rolled back with it."""
    check_bulk_intake(by, assigning=any(row.lead_unit is not None for row in rows))
    made = []
    for start in range(0, len(rows), BATCH_SIZE):
        made += _write_batch(rows[start:start + BATCH_SIZE], by=by, note=note, source=source)
        if on_progress:
            on_progress(len(made), len(rows))
    return made
