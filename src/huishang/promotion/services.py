"""Every change of a lead: opening it, moving it one stage on, dropping it, handing it to another owner,
recording a follow-up visit."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.promotion.models import FollowUpVisit, Lead, LeadTransition, OwnerChange, Stage
from huishang.promotion.permissions import in_region, may_manage_lead, may_manage_pipeline

NEXT_STAGE = {Stage.CONTACTED: Stage.NEGOTIATING, Stage.NEGOTIATING: Stage.SIGNED, Stage.SIGNED: Stage.LANDED}
# Only a lead not yet signed can be given up; a signed project is followed until it lands.
DROPPABLE_STAGES = {Stage.CONTACTED, Stage.NEGOTIATING}
STAGE_DAY_FIELD = {
    Stage.CONTACTED: "contacted_on", Stage.NEGOTIATING: "negotiating_on", Stage.SIGNED: "signed_on",
    Stage.LANDED: "landed_on",
}


def _required(value: str, field: str) -> str:
    value = cleaned(value)
    if not value:
        raise ValidationError(_("This field is required."), field=field)
    return value


def _seats(value) -> int:
    if value is None or value == "":
        return 0
    if not isinstance(value, int) or value < 0:
        raise ValidationError(_("Planned seats must be a whole number of at least 0."), field="planned_seats")
    return value


def _check_owner_covers(owner, region) -> None:
    """A lead is owned only by someone whose jurisdiction holds its region."""
    if not in_region(owner, region):
        raise NotAllowed(_("The owner must be a member of the service office covering the lead's region."),
                         field="owner")


@transaction.atomic
def open_lead(*, by, enterprise_name: str, project: str, region, owner=None, industry: str = "",
              planned_seats: int = 0, next_step: str = "", next_step_due: datetime.date | None = None,
              note: str = "") -> Lead:
    """The office records a target enterprise it has contacted (对接), in its own region; the owner defaults to itself."""
    if not may_manage_pipeline(by):
        raise NotAllowed(_("Only the service office records investment-promotion leads."))
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    jurisdiction_of(by).check(region, field="region")
    owner = owner or by
    if not may_manage_pipeline(owner):
        raise ValidationError(_("The owner must be a member of the service office."), field="owner")
    _check_owner_covers(owner, region)
    today = clock.today()
    lead = Lead.objects.create(
        enterprise_name=_required(enterprise_name, "enterprise_name"), project=_required(project, "project"),
        industry=cleaned(industry), region=region, owner=owner, planned_seats=_seats(planned_seats),
        contacted_on=today, next_step=cleaned(next_step), next_step_due=next_step_due,
        last_activity_on=today,
    )
    LeadTransition.objects.create(lead=lead, from_stage="", to_stage=Stage.CONTACTED, at=clock.now(), by=by,
                                  note=cleaned(note))
    return lead


@transaction.atomic
def advance(lead: Lead, *, by, to: str, note: str = "", planned_seats: int | None = None) -> Lead:
    """A lead moves one stage on (contacted → negotiating → signed → landed), never back or past a stage;
    signing fixes the planned seats."""
    if not may_manage_lead(by, lead):
        raise NotAllowed(_("Only the service office of the lead's region moves it through the pipeline."))
    if to not in Stage.values:
        raise ValidationError(_("Choose one of the pipeline's stages."), field="to")
    if NEXT_STAGE.get(lead.stage) != to:
        raise InvalidTransition(_("A lead that is %(stage)s cannot become %(to)s.") % {
            "stage": Stage(lead.stage).label, "to": Stage(to).label}, field="to")
    seats = lead.planned_seats if planned_seats is None else _seats(planned_seats)
    if to == Stage.SIGNED and seats <= 0:
        raise ValidationError(_("A signed project needs its planned seats."), field="planned_seats")
    today = clock.today()
    changed = Lead.objects.filter(pk=lead.pk, version=lead.version, stage=lead.stage).update(
        stage=to, planned_seats=seats, last_activity_on=today, version=lead.version + 1,
        **{STAGE_DAY_FIELD[Stage(to)]: today},
    )
    if not changed:
        raise ConcurrentChange()
    LeadTransition.objects.create(lead=lead, from_stage=lead.stage, to_stage=to, at=clock.now(), by=by,
                                  note=cleaned(note))
    lead.refresh_from_db()
    return lead


@transaction.atomic
def drop(lead: Lead, *, by, reason: str) -> Lead:
    """A lead not yet signed is given up (终止/放弃) with a reason; it stays on record as contacted but no longer
    counts as negotiating, is never stale and cannot move on again."""
    if not may_manage_lead(by, lead):
        raise NotAllowed(_("Only the service office of the lead's region moves it through the pipeline."))
    reason = _required(reason, "reason")
    if lead.stage not in DROPPABLE_STAGES:
        raise InvalidTransition(_("A lead that is %(stage)s cannot be dropped.") % {"stage": Stage(lead.stage).label},
                                field="reason")
    today = clock.today()
    changed = Lead.objects.filter(pk=lead.pk, version=lead.version, stage=lead.stage).update(
        stage=Stage.DROPPED, dropped_on=today, drop_reason=reason, last_activity_on=today, version=lead.version + 1,
    )
    if not changed:
        raise ConcurrentChange()
    LeadTransition.objects.create(lead=lead, from_stage=lead.stage, to_stage=Stage.DROPPED, at=clock.now(), by=by,
                                  note=reason)
    lead.refresh_from_db()
    return lead


@transaction.atomic
def change_owner(lead: Lead, *, by, owner, note: str = "") -> Lead:
    """The office hands a lead to another member of the service office who covers the lead's region; the
    change is kept on the lead's trail."""
    if not may_manage_lead(by, lead):
        raise NotAllowed(_("Only the service office of the lead's region hands its leads over."))
    if owner is None:
        raise ValidationError(_("This field is required."), field="owner")
    if not may_manage_pipeline(owner):
        raise ValidationError(_("The owner must be a member of the service office covering the lead's region."),
                              field="owner")
    _check_owner_covers(owner, lead.region)
    if owner.pk == lead.owner_id:
        raise ValidationError(_("This person already owns the lead."), field="owner")
    changed = Lead.objects.filter(pk=lead.pk, version=lead.version).update(owner=owner, version=lead.version + 1)
    if not changed:
        raise ConcurrentChange()
    OwnerChange.objects.create(lead=lead, from_owner_id=lead.owner_id, to_owner=owner, at=clock.now(), by=by,
                               note=cleaned(note))
    lead.refresh_from_db()
    return lead


@transaction.atomic
def record_visit(lead: Lead, *, by, visited_on: datetime.date, notes: str, next_step: str = "",
                 next_step_due: datetime.date | None = None) -> FollowUpVisit:
    """The office logs a follow-up visit (no later than today); its next step becomes the lead's next step."""
    if not may_manage_lead(by, lead):
        raise NotAllowed(_("Only the service office of the lead's region records its visits."))
    if visited_on is None:
        raise ValidationError(_("This field is required."), field="visited_on")
    today = clock.today()
    if visited_on > today:
        raise ValidationError(_("A visit cannot be recorded before it happens."), field="visited_on")
    if visited_on < lead.contacted_on:
        raise ValidationError(_("The visit is earlier than the first contact."), field="visited_on")
    if next_step_due is not None and next_step_due < visited_on:
        raise ValidationError(_("The next step cannot be due before the visit."), field="next_step_due")
    visit = FollowUpVisit.objects.create(
        lead=lead, visited_on=visited_on, by=by, notes=_required(notes, "notes"),
        next_step=cleaned(next_step), recorded_at=clock.now(),
    )
    updates = {"last_activity_on": max(lead.last_activity_on, visited_on), "version": lead.version + 1}
    if visit.next_step:
        updates.update(next_step=visit.next_step, next_step_due=next_step_due)
    if not Lead.objects.filter(pk=lead.pk, version=lead.version).update(**updates):
        raise ConcurrentChange()
    lead.refresh_from_db()
    return visit
