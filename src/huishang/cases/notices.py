"""Who is told of each step of a matter: the party who must act next, and the submitter at the steps they
care about. ``tell`` runs after the step's transaction committed (services._transition, submit_matter),
once per trail entry and recipient (the key), through the notifications app: bell, e-mail and SMS.

| step | told |
|---|---|
| submitted | the service office accounts whose jurisdiction holds the matter's region |
| accepted, rejected (不予受理, with the reason), answered (答复: to review), resolved (办结) | the submitter (unless the office, raising it on someone's behalf) and the contacts of the matter's enterprise |
| assigned (交办), reassigned (改派) | the handlers of the (new) lead unit and of the supporting units |
| not satisfied (持续推进), reopened (重办) | the handlers of the lead unit |
| sent back (退回, a supervisor approved) | the service office accounts over the matter's region |

The one who took the step is not told of it; nor is an inactive account (the public intake's).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from huishang.cases.models import Transition
from huishang.cases.permissions import SUBMITTING_ROLES
from huishang.cases.states import Action
from huishang.directory.jurisdiction import jurisdiction_of
from huishang.directory.models import Role, User
from huishang.notifications import events
from huishang.notifications.services import notify

EVENTS = {
    Action.SUBMIT: events.register("cases.submit", _("A matter was submitted in your jurisdiction"),
                                   roles={Role.OFFICE}),
    Action.ACCEPT: events.register("cases.accept", _("Your matter was accepted"), roles=SUBMITTING_ROLES),
    Action.REJECT: events.register("cases.reject", _("Your matter was not accepted"), roles=SUBMITTING_ROLES),
    Action.ASSIGN: events.register("cases.assign", _("A matter was assigned to your unit"), roles={Role.UNIT}),
    Action.REASSIGN: events.register("cases.reassign", _("A matter was reassigned to your unit"), roles={Role.UNIT}),
    Action.RESPOND: events.register("cases.respond", _("Your matter was answered and awaits your review"),
                                    roles=SUBMITTING_ROLES),
    Action.RESOLVE: events.register("cases.resolve", _("Your matter was resolved"), roles=SUBMITTING_ROLES),
    Action.CONTINUE: events.register("cases.continue", _("The submitter is not satisfied: the matter is back"),
                                     roles={Role.UNIT}),
    Action.REOPEN: events.register("cases.reopen", _("A resolved matter was reopened"), roles={Role.UNIT}),
    Action.SEND_BACK: events.register("cases.send_back", _("A matter was sent back for re-dispatch"),
                                      roles={Role.OFFICE}),
}


def _active(users) -> list[User]:
    return [user for user in users if user.is_active]


def _offices_over(matter) -> list[User]:
    offices = User.objects.filter(role=Role.OFFICE, is_active=True).select_related("region", "organization__region")
    return [office for office in offices if jurisdiction_of(office).covers(matter.region)]


def _assignment_of(entry: Transition):
    """The hand-over in force when the step was taken (a later one may exist by the time it is told)."""
    return entry.matter.assignments.filter(assigned_at__lte=entry.at).order_by("-assigned_at", "-id").first()


def _handlers(unit_ids) -> list[User]:
    return list(User.objects.filter(role=Role.UNIT, organization_id__in=unit_ids, is_active=True).order_by("pk"))


def _lead_handlers(entry: Transition) -> list[User]:
    assignment = _assignment_of(entry)
    return _handlers([assignment.lead_unit_id]) if assignment else []


def _assigned_handlers(entry: Transition) -> list[User]:
    assignment = _assignment_of(entry)
    if assignment is None:
        return []
    return _handlers([assignment.lead_unit_id, *assignment.supporting_units.values_list("pk", flat=True)])


def _submitter(entry: Transition) -> list[User]:
    """Who raised the matter, and the contacts of its enterprise (they review it, also when the office or a
    butler raised it for them); not the office, which took it in on someone's behalf."""
    matter = entry.matter
    raised_by = [] if matter.submitted_by.role in (Role.OFFICE, Role.ADMIN) else [matter.submitted_by]
    contacts = User.objects.filter(role=Role.ENTERPRISE, organization_id=matter.enterprise_id, is_active=True)
    return _active([*raised_by, *(contacts.order_by("pk") if matter.enterprise_id else [])])


RECIPIENTS = {
    Action.SUBMIT: lambda entry: _offices_over(entry.matter),
    Action.ACCEPT: _submitter,
    Action.REJECT: _submitter,
    Action.ASSIGN: _assigned_handlers,
    Action.REASSIGN: _assigned_handlers,
    Action.RESPOND: _submitter,
    Action.RESOLVE: _submitter,
    Action.CONTINUE: _lead_handlers,
    Action.REOPEN: _lead_handlers,
    Action.SEND_BACK: lambda entry: _offices_over(entry.matter),
}


def recipients(entry: Transition) -> list[User]:
    """Who must hear of this trail entry (nobody for the steps no one waits on)."""
    found = RECIPIENTS.get(entry.action)
    if found is None:
        return []
    unique = {user.pk: user for user in found(entry) if user.pk != entry.actor_id}
    return list(unique.values())


def tell(entry: Transition) -> int:
    """Notify everyone who must hear of ``entry``; safe to call again (each key is used once)."""
    matter = entry.matter
    link = reverse("web:matter-detail", args=[matter.number])
    told = 0
    for recipient in recipients(entry):
        told += notify(
            recipient, key=f"matter:{entry.pk}:{recipient.pk}", event=EVENTS[entry.action].name,
            context={"matter": matter, "note": entry.note, "transition": entry}, link=link, at=entry.at,
        ) is not None
    return told
