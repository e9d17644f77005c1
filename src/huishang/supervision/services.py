"""Supervision actions. Each checks who may do it and in which state, writes its record and notifies,
in one transaction; changes to the matter itself go through the lifecycle services of ``cases``."""

import datetime

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from huishang.cases import permissions as matter_permissions
from huishang.cases import services as matter_services
from huishang.cases.models import Matter
from huishang.cases.selectors import current_assignment
from huishang.cases.states import AWAITING_UNIT, Action, State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role, User
from huishang.notifications.services import notify
from huishang.supervision import permissions
from huishang.supervision.models import (
    Escalation, ExtensionRequest, FollowUp, Reminder, SendBackRequest, SupervisionVisit, UnitRequest,
)
from huishang.supervision.selectors import accounts_covering


def _text(value, field: str, label: str) -> str:
    text = cleaned(value)
    if not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    return text


def _link(matter: Matter) -> str:
    return reverse("web:matter-detail", args=[matter.number])


def unit_handlers(unit_id):
    return User.objects.filter(role=Role.UNIT, organization_id=unit_id, is_active=True)


def supervisors_of(matter: Matter) -> list[User]:
    """Supervisors whose jurisdiction holds the matter."""
    return accounts_covering(Role.SUPERVISOR, matter)


def _awaiting_unit(matter: Matter) -> None:
    if matter.state not in AWAITING_UNIT:
        raise InvalidTransition(_("Only a matter the unit is still handling can be reminded, escalated or extended."))


def deliver_reminder(reminder: Reminder) -> None:
    for handler in unit_handlers(reminder.unit_id):
        notify(handler, key=f"reminder:{reminder.pk}:{handler.pk}", event="supervision.reminder",
               context={"matter": reminder.matter, "reminder": reminder}, link=_link(reminder.matter))


@transaction.atomic
def remind(matter: Matter, *, by, note: str) -> Reminder:
    """A supervisor reminds the lead unit of a matter it is still handling (催办), with a note."""
    permissions.check_supervisor(by, matter)
    _awaiting_unit(matter)
    note = _text(note, "note", _("Note"))
    reminder = Reminder.objects.create(matter=matter, unit=matter.lead_unit, note=note, by=by, at=clock.now())
    deliver_reminder(reminder)
    return reminder


@transaction.atomic
def escalate(matter: Matter, *, by, leader, reason: str) -> Escalation:
    """A supervisor puts a matter before a leader whose jurisdiction holds it (升级), with the reason."""
    permissions.check_supervisor(by, matter)
    if matter.state in (State.CLOSED, State.REJECTED, State.MERGED):
        raise InvalidTransition(_("A closed, rejected or merged matter cannot be escalated."))
    if not isinstance(leader, User) or leader.role != Role.LEADER or not leader.is_active:
        raise ValidationError(_("Choose a leader whose scope covers the matter."), field="leader")
    if not jurisdiction_of(leader).covers(matter.region):
        raise NotAllowed(_("This leader's jurisdiction does not hold the matter."), field="leader")
    reason = _text(reason, "reason", _("Reason"))
    escalation = Escalation.objects.create(matter=matter, leader=leader, reason=reason, by=by, at=clock.now())
    notify(leader, key=f"escalation:{escalation.pk}", event="supervision.escalation",
           context={"matter": matter, "escalation": escalation}, link=_link(matter))
    return escalation


def _record_decision(request: UnitRequest, *, by, approve: bool, note: str, already_decided) -> None:
    """Marks a pending request decided; the status condition in the UPDATE makes a second, concurrent
    decision fail instead of overwriting the first."""
    updated = type(request).objects.filter(pk=request.pk, status=UnitRequest.Status.PENDING).update(
        status=UnitRequest.Status.APPROVED if approve else UnitRequest.Status.REFUSED,
        decided_by=by, decided_at=clock.now(), decision_note=cleaned(note),
    )
    if not updated:
        raise InvalidTransition(already_decided)
    request.refresh_from_db()


@transaction.atomic
def request_extension(matter: Matter, *, by, requested_due, reason: str) -> ExtensionRequest:
    """The lead unit asks for a later deadline (延期申请); one request waits at a time."""
    permissions.check_lead_unit(by, matter)
    _awaiting_unit(matter)
    if not isinstance(requested_due, datetime.date):
        raise ValidationError(_("Give the deadline you ask for."), field="requested_due")
    if matter.due and requested_due <= matter.due:
        raise ValidationError(_("The deadline asked for must be later than the current one."), field="requested_due")
    reason = _text(reason, "reason", _("Reason"))
    if matter.extension_requests.filter(status=ExtensionRequest.Status.PENDING).exists():
        raise InvalidTransition(_("An extension request for this matter is already waiting for a decision."))
    request = ExtensionRequest.objects.create(
        matter=matter, assignment=current_assignment(matter), requested_due=requested_due, reason=reason,
        requested_by=by, requested_at=clock.now(),
    )
    for supervisor in supervisors_of(matter):
        notify(supervisor, key=f"extension:{request.pk}:{supervisor.pk}", event="supervision.extension_requested",
               context={"matter": matter, "request": request}, link=_link(matter))
    return request


@transaction.atomic
def decide_extension(request: ExtensionRequest, *, by, approve: bool, note: str = "") -> ExtensionRequest:
    """A supervisor approves (the deadline moves) or refuses (a reason is required) an extension request."""
    matter = request.matter
    permissions.check_supervisor(by, matter)
    if request.status != ExtensionRequest.Status.PENDING:
        raise InvalidTransition(_("This extension request has already been decided."))
    if not isinstance(approve, bool):
        raise ValidationError(_("Approve or refuse the request."), field="approve")
    if not approve:
        note = _text(note, "note", _("Reason for refusing"))
    if approve:
        matter_services.extend_deadline(matter, by=by, due=request.requested_due, note=note or request.reason)
    _record_decision(request, by=by, approve=approve, note=note,
                     already_decided=_("This extension request has already been decided."))
    matter.refresh_from_db()
    notify(request.requested_by, key=f"extension-decided:{request.pk}", event="supervision.extension_decided",
           context={"matter": matter, "request": request}, link=_link(matter))
    return request


@transaction.atomic
def request_send_back(matter: Matter, *, by, reason: str) -> SendBackRequest:
    """The lead unit asks to return a matter that is not its to handle (退回申请); a supervisor decides, and
    until then the matter stays with the unit. One request waits at a time."""
    matter_permissions.check(by, Action.SEND_BACK, matter)
    reason = _text(reason, "reason", _("Reason"))
    if matter.send_back_requests.filter(status=SendBackRequest.Status.PENDING).exists():
        raise InvalidTransition(_("A send-back request for this matter is already waiting for a decision."))
    request = SendBackRequest.objects.create(
        matter=matter, assignment=current_assignment(matter), reason=reason, requested_by=by, requested_at=clock.now()
    )
    for supervisor in supervisors_of(matter):
        notify(supervisor, key=f"send-back:{request.pk}:{supervisor.pk}", event="supervision.send_back_requested",
               context={"matter": matter, "request": request}, link=_link(matter))
    return request


@transaction.atomic
def decide_send_back(request: SendBackRequest, *, by, approve: bool, note: str = "") -> SendBackRequest:
    """A supervisor approves (the matter goes back to the service office for re-dispatch, trail written) or
    refuses (a reason is required; the matter stays with the unit) a send-back request; the unit is told."""
    matter = request.matter
    permissions.check_supervisor(by, matter)
    if request.status != SendBackRequest.Status.PENDING:
        raise InvalidTransition(_("This send-back request has already been decided."))
    if not isinstance(approve, bool):
        raise ValidationError(_("Approve or refuse the request."), field="approve")
    if approve:
        matter_services.send_back(matter, by=request.requested_by, reason=request.reason, approved_by=by)
    else:
        note = _text(note, "note", _("Reason for refusing"))
    _record_decision(request, by=by, approve=approve, note=note,
                     already_decided=_("This send-back request has already been decided."))
    notify(request.requested_by, key=f"send-back-decided:{request.pk}", event="supervision.send_back_decided",
           context={"matter": matter, "request": request}, link=_link(matter))
    return request


@transaction.atomic
def record_visit(matter: Matter, *, by, method: str, findings: str, photos=()) -> SupervisionVisit:
    """A supervisor records a check on site, by phone or online, with findings and photos (images only)."""
    permissions.check_supervisor(by, matter)
    if method not in SupervisionVisit.Method.values:
        raise ValidationError(_("Unknown review method."), field="method")
    findings = _text(findings, "findings", _("Findings"))
    for photo in photos:
        if not (getattr(photo, "content_type", "") or "").startswith("image/"):
            raise ValidationError(_("Photos must be images."), field="photos")
    visit = SupervisionVisit.objects.create(matter=matter, method=method, findings=findings, by=by, at=clock.now())
    visit.photos.set([matter_services.add_attachment(matter, by=by, uploaded=photo) for photo in photos])
    return visit


@transaction.atomic
def record_follow_up(
    follow_up: FollowUp, *, by, satisfaction: str, note: str = "", solved: bool | None = None,
) -> FollowUp:
    """The enterprise's satisfaction after resolution (回访): satisfied closes the matter, dissatisfied reopens it;
    whether the problem is solved is asked apart (解决率), and taken from the satisfaction when not asked."""
    matter = follow_up.matter
    permissions.check_follow_up(by, matter)
    if follow_up.done_at is not None:
        raise InvalidTransition(_("This follow-up has already been recorded."))
    if matter.state != State.RESOLVED:
        raise InvalidTransition(_("Only a resolved matter is followed up."))
    if satisfaction not in FollowUp.Satisfaction.values:
        raise ValidationError(_("Choose how satisfied the enterprise is."), field="satisfaction")
    if solved is None:
        solved = satisfaction != FollowUp.Satisfaction.DISSATISFIED
    if not isinstance(solved, bool):
        raise ValidationError(_("Say whether the problem is solved."), field="solved")
    note = cleaned(note)
    if satisfaction == FollowUp.Satisfaction.DISSATISFIED:
        note = _text(note, "note", _("What the enterprise is not satisfied with"))
        matter_services.reopen(matter, by=by, reason=note)
    else:
        matter_services.close(matter, by=by, note=note or FollowUp.Satisfaction(satisfaction).label)
    updated = FollowUp.objects.filter(pk=follow_up.pk, done_at=None).update(
        satisfaction=satisfaction, solved=solved, note=note, by=by, done_at=clock.now()
    )
    if not updated:
        raise InvalidTransition(_("This follow-up has already been recorded."))
    follow_up.refresh_from_db()
    return follow_up

