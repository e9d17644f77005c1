"""Changes of the routing table (派单目录), 改派 (reassignment) and 协办 (supporting opinions).

The routing table is kept by the service office within its jurisdiction; a reassignment is a transition of
the matter, written through cases.services like every other; an opinion is filed by a supporting unit."""

import datetime
from collections import Counter

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from huishang.cases import permissions
from huishang.cases.models import Assignment, Category, Matter
from huishang.cases.selectors import can_view, current_assignment
from huishang.cases.services import _checked_units, _open_assignment, _required_text, _transition, checked_due
from huishang.cases.states import Action
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.directory.jurisdiction import jurisdiction_of, outside_message, same_place
from huishang.directory.models import Organization, Region, Role, User
from huishang.dispatch.models import RoutingEntry, SupportingOpinion
from huishang.dispatch.selectors import OPINION_STATES, entry_for, keeps_table
from huishang.notifications.services import notify
from huishang.workdays.calendar import due_in_working_days, working_days_between

WORKING_DAYS_MAX = 365


def _checked_entry(by, *, category, region, lead_unit, supporting_units, working_days, entry=None) -> list:
    """Every unit and the region inside the account's jurisdiction, the units of the region's own place."""
    if not keeps_table(by):
        raise NotAllowed(_("Only the service office keeps the routing table."))
    if not isinstance(category, Category):
        raise ValidationError(_("Choose a category."), field="category")
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    jurisdiction = jurisdiction_of(by)
    if entry is not None:
        jurisdiction.check(entry.region, field="region")
    jurisdiction.check(region, field="region")
    if not isinstance(lead_unit, Organization) or lead_unit.kind != Organization.Kind.UNIT:
        raise ValidationError(_("Choose a responsible unit as lead unit."), field="lead_unit")
    supporting = [unit for unit in supporting_units if unit.pk != lead_unit.pk]
    if any(unit.kind != Organization.Kind.UNIT for unit in supporting):
        raise ValidationError(_("Supporting units must be responsible units."), field="supporting_units")
    for field, units in (("lead_unit", [lead_unit]), ("supporting_units", supporting)):
        for unit in units:
            jurisdiction.check_organization(unit, field=field)
            if not same_place(region, unit.region):
                raise NotAllowed(outside_message(unit), field=field)
    if not isinstance(working_days, int) or not 1 <= working_days <= WORKING_DAYS_MAX:
        raise ValidationError(
            _("Give a time limit of 1 to %(n)s working days.") % {"n": WORKING_DAYS_MAX}, field="working_days"
        )
    taken = RoutingEntry.objects.filter(category=category, region=region)
    if entry is not None:
        taken = taken.exclude(pk=entry.pk)
    if taken.exists():
        raise ValidationError(_("The routing table has an entry for this category and region already."), field="region")
    return supporting


@transaction.atomic
def create_entry(*, by, category, region, lead_unit, working_days, supporting_units=()) -> RoutingEntry:
    """Add a row to the routing table: one per category and region, inside the office's jurisdiction."""
    supporting = _checked_entry(
        by, category=category, region=region, lead_unit=lead_unit, supporting_units=supporting_units,
        working_days=working_days,
    )
    entry = RoutingEntry.objects.create(
        category=category, region=region, lead_unit=lead_unit, working_days=working_days, updated_by=by,
        updated_at=clock.now(),
    )
    entry.supporting_units.set(supporting)
    return entry


@transaction.atomic
def update_entry(entry: RoutingEntry, *, by, category, region, lead_unit, working_days, supporting_units=()) -> RoutingEntry:
    """Change a row of the routing table; it stays (and must have been) inside the office's jurisdiction."""
    supporting = _checked_entry(
        by, category=category, region=region, lead_unit=lead_unit, supporting_units=supporting_units,
        working_days=working_days, entry=entry,
    )
    entry.category, entry.region, entry.lead_unit, entry.working_days = category, region, lead_unit, working_days
    entry.updated_by, entry.updated_at = by, clock.now()
    entry.save()
    entry.supporting_units.set(supporting)
    return entry


@transaction.atomic
def delete_entry(entry: RoutingEntry, *, by) -> None:
    """Remove a row of the routing table inside the office's jurisdiction."""
    if not keeps_table(by):
        raise NotAllowed(_("Only the service office keeps the routing table."))
    jurisdiction_of(by).check(entry.region, field="region")
    entry.delete()


def assignment_defaults(
    matter: Matter, *, by, lead_unit=None, supporting_units=None, due: datetime.date | None = None,
) -> tuple[Organization, list[Organization], datetime.date | None]:
    """What an assignment takes from the routing table for what its caller left out (None): the entry's lead
    unit, supporting units and deadline (its working days from today). Refuses, naming ``lead_unit``, when
    neither the caller nor the table gives a lead unit."""
    permissions.check(by, Action.ASSIGN, matter)
    entry = entry_for(matter.category, matter.region)
    if lead_unit is None and entry is None:
        raise ValidationError(
            _("Choose a lead unit: the routing table has no entry for this category and region."), field="lead_unit"
        )
    if entry is not None:
        lead_unit = lead_unit if lead_unit is not None else entry.lead_unit
        if supporting_units is None:
            supporting_units = list(entry.supporting_units.all())
        if due is None:
            due = due_in_working_days(entry.working_days)
    return lead_unit, list(supporting_units or []), due


def _handlers(unit_id) -> list[User]:
    return list(User.objects.filter(role=Role.UNIT, organization_id=unit_id, is_active=True))


def _link(matter: Matter) -> str:
    return reverse("web:matter-detail", args=[matter.number])


@transaction.atomic
def reassign(matter: Matter, *, by, lead_unit, due, reason: str, supporting_units=()) -> Assignment:
    """The office moves a matter a unit is handling to another unit with a reason (改派): the old assignment
    ends, so its clock stops; the new unit signs for it anew; the old unit's handlers are told."""
    permissions.check(by, Action.REASSIGN, matter)
    reason = _required_text(reason, "reason", _("Reason"))
    supporting = _checked_units(matter, by, lead_unit, supporting_units)
    old = current_assignment(matter)
    if lead_unit.pk == old.lead_unit_id:
        raise ValidationError(_("Choose another unit than the current lead unit."), field="lead_unit")
    due = checked_due(due)
    now = clock.now()
    note = _("Reassigned from %(old)s to %(new)s. Reason: %(reason)s") % {
        "old": old.lead_unit.name, "new": lead_unit.name, "reason": reason}
    _transition(matter, Action.REASSIGN, by=by, note=note, changes={"lead_unit": lead_unit, "due": due})
    Assignment.objects.filter(pk=old.pk).update(ended_at=now, end_reason=reason)
    assignment = _open_assignment(matter, lead_unit=lead_unit, supporting=supporting, due=due, by=by, at=now)
    for handler in _handlers(old.lead_unit_id):
        notify(handler, key=f"reassigned:{old.pk}:{handler.pk}", event="dispatch.reassigned",
               context={"matter": matter, "old": old, "new": assignment, "reason": reason}, link=_link(matter))
    return assignment


@transaction.atomic
def file_opinion(matter: Matter, *, by, content: str) -> SupportingOpinion:
    """A supporting unit of the current assignment gives its opinion (协办意见), once, while the matter is being
    handled; the lead unit's handlers are told."""
    if not by.is_authenticated or not by.is_active or by.role != Role.UNIT or not can_view(by, matter):
        raise NotAllowed(_("Only a supporting unit of the current assignment files an opinion."))
    assignment = current_assignment(matter)
    if assignment is None or by.organization_id not in {unit.pk for unit in assignment.supporting_units.all()}:
        raise NotAllowed(_("Only a supporting unit of the current assignment files an opinion."))
    if matter.state not in OPINION_STATES:
        raise InvalidTransition(_("An opinion is filed while the lead unit handles the matter."))
    content = _required_text(content, "content", _("Opinion"))
    if assignment.opinions.filter(unit=by.organization_id).exists():
        raise InvalidTransition(_("Your unit has filed its opinion on this assignment already."))
    opinion = SupportingOpinion.objects.create(
        assignment=assignment, unit=by.organization, content=content, filed_by=by, filed_at=clock.now()
    )
    for handler in _handlers(assignment.lead_unit_id):
        notify(handler, key=f"opinion:{opinion.pk}:{handler.pk}", event="dispatch.opinion_filed",
               context={"matter": matter, "opinion": opinion}, link=_link(matter))
    return opinion


def _most_common(values):
    return Counter(values).most_common(1)[0][0]


@transaction.atomic
def derive_table(*, by) -> int:
    """Write the routing table the assignments imply: for each category and region of the assigned matters, the
    lead unit most often chosen, the supporting units most often chosen with it and the time limit (in working
    days) most often given. Rows the table has already are replaced. Returns how many rows were written."""
    chosen: dict[tuple[int, int], list[Assignment]] = {}
    assignments = Assignment.objects.select_related("matter").prefetch_related("supporting_units").order_by("pk")
    for assignment in assignments:
        chosen.setdefault((assignment.matter.category_id, assignment.matter.region_id), []).append(assignment)
    for (category_id, region_id), made in chosen.items():
        lead_unit_id = _most_common(assignment.lead_unit_id for assignment in made)
        with_lead = [assignment for assignment in made if assignment.lead_unit_id == lead_unit_id]
        supporting = _most_common(
            tuple(sorted(unit.pk for unit in assignment.supporting_units.all())) for assignment in with_lead
        )
        days = _most_common(
            max(1, working_days_between(timezone.localdate(assignment.assigned_at), assignment.due)) for assignment in with_lead
        )
        entry, _created = RoutingEntry.objects.update_or_create(
            category_id=category_id, region_id=region_id,
            defaults={"lead_unit_id": lead_unit_id, "working_days": min(days, WORKING_DAYS_MAX), "updated_by": by,
                      "updated_at": clock.now()},
        )
        entry.supporting_units.set(supporting)
    return len(chosen)
