"""Every change to a matter. Each function checks who may do it and from which state, changes the
row with a guard against concurrent change, and writes the trail entry, in one transaction."""

import datetime

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from huishang.audit.log import appended_together
from huishang.cases import notices, permissions
from huishang.cases.attachments import checked_content_type
from huishang.cases.models import (
    Assignment, Attachment, Category, Contact, Matter, MatterSequence, Response, Review, Transition,
)
from huishang.cases.selectors import can_view, current_assignment
from huishang.cases.states import AWAITING_UNIT, TARGET, Action, State
from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, ValidationError
from huishang.core.prepared import PreparedRead, insert
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of, outside_message, same_place
from huishang.directory.models import Organization, Region, Role
from huishang.dispatch.selectors import overdue_opinions
from huishang.figures import rollups
from huishang.insight.search import index_matters
from huishang.supervision.limits import limit_for, step_dues
from huishang.workdays.calendar import add_working_days

TITLE_MAX = Matter._meta.get_field("title").max_length
# Every submission names its category by code: compiled once.
_category_by_code = PreparedRead(Category, lambda code: Category.objects.filter(code=code), str)


def _required_text(value, field: str, label: str, max_length: int | None = None) -> str:
    text = cleaned(value)
    if not text:
        raise ValidationError(_("%(label)s is required.") % {"label": label}, field=field)
    if max_length and len(text) > max_length:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": label, "n": max_length}, field=field
        )
    return text


def _transition(matter: Matter, action: Action, *, by, note: str = "", to_state=None, changes=None) -> Matter:
    """Move ``matter`` by ``action`` after the permission check, refusing if it changed meanwhile."""
    permissions.check(by, Action.REVIEW if action in (Action.RESOLVE, Action.CONTINUE) else action, matter)
    to_state = to_state or TARGET[action]
    updated = Matter.objects.filter(pk=matter.pk, version=matter.version, state=matter.state).update(
        state=to_state, version=F("version") + 1, **(changes or {})
    )
    if not updated:
        raise ConcurrentChange()
    entry = Transition(
        matter=matter, action=action, from_state=matter.state, to_state=to_state, actor=by, at=clock.now(),
        note=cleaned(note),
    )
    insert(entry)
    _tell_after_commit(entry)
    rollups.record_move(matter, action=action, to_state=to_state, changes=changes)
    # The guarded update succeeded, so the row now holds exactly these values; no need to read it back.
    # A trail kept from the submission (submit_matter) is one entry short now.
    matter.__dict__.pop("trail_entries", None)
    matter.state = to_state
    matter.version += 1
    for field, value in (changes or {}).items():
        setattr(matter, field, value)
    return matter


def _tell_after_commit(entry: Transition) -> None:
    """Whoever must act next hears of the step once it is stored (notices.py); a failure to tell is logged
    and does not undo the step."""
    transaction.on_commit(lambda: notices.tell(entry), robust=True)


def _next_number(year: int) -> str:
    """One statement in the usual case: the UPDATE takes the row's lock and hands back the new value."""
    table, last, key = map(connection.ops.quote_name, (MatterSequence._meta.db_table, "last", "year"))
    with connection.cursor() as cursor:
        for _attempt in range(2):
            cursor.execute(f"UPDATE {table} SET {last} = {last} + 1 WHERE {key} = %s RETURNING {last}", [year])
            row = cursor.fetchone()
            if row is not None:
                return f"HS-{year}-{row[0]:06d}"
            # The year's first matter; get_or_create copes with another transaction creating it first.
            MatterSequence.objects.get_or_create(year=year)
    raise RuntimeError(f"the matter sequence of {year} could not be created")


def _enterprise_for(by, enterprise: Organization | None) -> Organization | None:
    if by.role == Role.ENTERPRISE:
        if enterprise is not None and enterprise.pk != by.organization_id:
            raise NotAllowed(_("You can raise matters only for your own enterprise."))
        return by.organization
    if enterprise is not None and enterprise.kind != Organization.Kind.ENTERPRISE:
        raise ValidationError(_("Choose an enterprise."), field="enterprise")
    if by.role == Role.BUTLER:
        # The enterprises in a butler's care were given by the office over them (butlers.services).
        if enterprise is None or not by.enterprises_in_care.filter(pk=enterprise.pk).exists():
            raise NotAllowed(_("A butler raises matters for the enterprises in their care."))
        return enterprise
    jurisdiction_of(by).check_organization(enterprise, field="enterprise")
    return enterprise


# Who sets a matter's urgency (紧急/一般): the office at submission and at 交办.
URGENCY_ROLES = {Role.OFFICE, Role.ADMIN}


def _checked_urgency(by, urgency) -> str | None:
    if urgency is None:
        return None
    if urgency not in Matter.Urgency.values:
        raise ValidationError(_("Unknown urgency."), field="urgency")
    if by.role not in URGENCY_ROLES:
        raise NotAllowed(_("Only the service office sets a matter's urgency."), field="urgency")
    return urgency


# Who raises a matter themselves has its origin recorded as what they are; staff name the channel.
FIXED_SOURCE = {Role.ENTERPRISE: Matter.Source.ENTERPRISE, Role.BUTLER: Matter.Source.BUTLER}


@transaction.atomic
def submit_matter(
    *, by, title, description, category, kind=Matter.Kind.PROBLEM, source=None, enterprise=None, region=None,
    attachments=(), urgency=None,
) -> Matter:
    """Take in a new matter; an enterprise contact may raise one only for its own enterprise."""
    if by.role not in permissions.SUBMITTING_ROLES:
        raise NotAllowed(_("Your role cannot raise matters."))
    title = _required_text(title, "title", _("Title"), TITLE_MAX)
    description = _required_text(description, "description", _("Description"))
    if kind not in Matter.Kind.values:
        raise ValidationError(_("Unknown kind of matter."), field="kind")
    if kind not in permissions.kinds_for(by):
        raise NotAllowed(_("Risks and meeting decisions are raised by the service office."), field="kind")
    if not isinstance(category, Category):
        category = _category_by_code.one(category) if category else None
    if category is None:
        raise ValidationError(_("Choose a category."), field="category")
    enterprise = _enterprise_for(by, enterprise)
    region = (enterprise.region if enterprise else None) or region or by.region
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    if enterprise is None and by.role != Role.BUTLER:
        jurisdiction_of(by).check(region, field="region")
    fixed_source = FIXED_SOURCE.get(by.role)
    if source and fixed_source and source != fixed_source:
        # The recorded origin is a fact the figures count (e.g. matters from butler visits): not a choice.
        raise NotAllowed(_("The source of your own submission cannot be chosen."), field="source")
    source = source or fixed_source or Matter.Source.OFFICE
    if source not in Matter.Source.values:
        raise ValidationError(_("Unknown source."), field="source")
    urgency = _checked_urgency(by, urgency) or Matter.Urgency.NORMAL
    for uploaded in attachments:
        checked_content_type(uploaded)

    now = clock.now()
    with appended_together():  # the matter's and its trail entry's audit entries, in one append
        matter = Matter(
            number=_next_number(now.year), kind=kind, source=source, title=title, description=description,
            category=category, enterprise=enterprise, region=region, submitted_by=by, submitted_at=now,
            urgency=urgency,
        )
        insert(matter)
        entry = Transition(matter=matter, action=Action.SUBMIT, to_state=State.SUBMITTED, actor=by, at=now)
        insert(entry)
    _tell_after_commit(entry)
    # The new matter's whole trail, so that the answer to the submission need not read it back.
    matter.trail_entries = [entry]
    rollups.record_new([matter])
    for uploaded in attachments:
        _store_attachment(matter, by=by, uploaded=uploaded)
    # The bulk writer: one INSERT, where update_or_create would read first and wrap it in savepoints.
    index_matters([matter])
    return matter


def _store_attachment(matter: Matter, *, by, uploaded) -> Attachment:
    content_type = checked_content_type(uploaded)
    return Attachment.objects.create(
        matter=matter, file=uploaded, original_name=uploaded.name[:200], content_type=content_type,
        size=uploaded.size, uploaded_by=by, uploaded_at=clock.now(),
    )


@transaction.atomic
def add_attachment(matter: Matter, *, by, uploaded) -> Attachment:
    """Attach a file to a matter the user can see (leaders read only)."""
    if not can_view(by, matter) or by.role == Role.LEADER:
        raise NotAllowed(_("You cannot add files to this matter."))
    return _store_attachment(matter, by=by, uploaded=uploaded)


@transaction.atomic
def accept(matter: Matter, *, by, note: str = "") -> Matter:
    """The service office takes the matter in (受理)."""
    return _transition(matter, Action.ACCEPT, by=by, note=note)


@transaction.atomic
def reject(matter: Matter, *, by, reason: str) -> Matter:
    """The service office declines the matter (不予受理); the reason is required and kept."""
    permissions.check(by, Action.REJECT, matter)
    reason = _required_text(reason, "reason", _("Reason"))
    return _transition(matter, Action.REJECT, by=by, note=reason)


@transaction.atomic
def merge(matter: Matter, *, by, into: Matter, note: str = "") -> Matter:
    """A repeat of an earlier matter is kept, linked to it and counted once (合并)."""
    permissions.check(by, Action.MERGE, matter)
    if into is None or into.pk == matter.pk:
        raise ValidationError(_("Choose another matter to merge into."), field="into")
    if not can_view(by, into):
        raise NotAllowed(outside_message(into.number), field="into")
    if not same_place(matter.region, into.region):
        raise NotAllowed(_("A matter can be merged only into one of the same place."), field="into")
    if into.state in (State.MERGED, State.REJECTED):
        raise ValidationError(_("A merged or rejected matter cannot take duplicates."), field="into")
    note = note or _("Duplicate of %(number)s") % {"number": into.number}
    return _transition(matter, Action.MERGE, by=by, note=note, changes={"duplicate_of": into})


@transaction.atomic
def put_on_agenda(matter: Matter, *, by, note: str = "") -> Matter:
    """The matter waits for a consultation meeting; called by the meetings app when building an agenda."""
    return _transition(matter, Action.PUT_ON_AGENDA, by=by, note=note)


@transaction.atomic
def take_off_agenda(matter: Matter, *, by, note: str = "") -> Matter:
    return _transition(matter, Action.TAKE_OFF_AGENDA, by=by, note=note)


def _checked_units(matter: Matter, by, lead_unit, supporting_units) -> list[Organization]:
    """Units of the acting account's jurisdiction and of the matter's own place (never another city's)."""
    if not isinstance(lead_unit, Organization) or lead_unit.kind != Organization.Kind.UNIT:
        raise ValidationError(_("Choose a responsible unit as lead unit."), field="lead_unit")
    supporting = [unit for unit in supporting_units if unit.pk != lead_unit.pk]
    if any(unit.kind != Organization.Kind.UNIT for unit in supporting):
        raise ValidationError(_("Supporting units must be responsible units."), field="supporting_units")
    jurisdiction = jurisdiction_of(by)
    for field, units in (("lead_unit", [lead_unit]), ("supporting_units", supporting)):
        for unit in units:
            jurisdiction.check_organization(unit, field=field)
            if not same_place(matter.region, unit.region):
                raise NotAllowed(outside_message(unit), field=field)
    return supporting


def checked_due(due) -> datetime.date:
    """An assignment's deadline: a day, not in the past."""
    if not isinstance(due, datetime.date):
        raise ValidationError(_("Give a deadline."), field="due")
    if due < clock.today():
        raise ValidationError(_("The deadline cannot be in the past."), field="due")
    return due


@transaction.atomic
def assign(
    matter: Matter, *, by, lead_unit, due, supporting_units=(), note: str = "", urgency=None,
) -> Assignment:
    """Hand the matter to a lead unit (and supporting units) with a deadline (交办); without one, the deadline
    is the step limit's working days (supervision.limits) for the matter's category and urgency."""
    permissions.check(by, Action.ASSIGN, matter)
    supporting = _checked_units(matter, by, lead_unit, supporting_units)
    urgency = _checked_urgency(by, urgency)
    due = checked_due(default_due(matter, urgency=urgency) if due is None else due)
    now = clock.now()
    changes = {"lead_unit": lead_unit, "due": due}
    if urgency:
        changes["urgency"] = urgency
    if matter.first_assigned_at is None:
        changes["first_assigned_at"] = now
    _transition(matter, Action.ASSIGN, by=by, note=note or lead_unit.name, changes=changes)
    return _open_assignment(matter, lead_unit=lead_unit, supporting=supporting, due=due, by=by, at=now)


def default_due(matter: Matter, *, urgency=None) -> datetime.date:
    """The 办结 deadline of the step limit for the matter's category and urgency, counted from today."""
    limit = limit_for(category_id=matter.category_id, urgency=urgency or matter.urgency)
    return add_working_days(clock.today(), limit.resolve_days)


def _open_assignment(matter: Matter, *, lead_unit, supporting, due, by, at) -> Assignment:
    """The one place an assignment starts (交办, and every later hand-over): its units, its deadline and the
    moments by which the unit must sign for it and first respond (the step limits of the matter's category
    and urgency, in working hours from ``at``)."""
    dues = step_dues(limit_for(category_id=matter.category_id, urgency=matter.urgency), assigned_at=at)
    assignment = Assignment.objects.create(
        matter=matter, lead_unit=lead_unit, due=due, assigned_by=by, assigned_at=at, **dues,
    )
    assignment.supporting_units.set(supporting)
    return assignment


@transaction.atomic
def acknowledge(matter: Matter, *, by, note: str = "") -> Matter:
    """The lead unit confirms it has received the assignment (签收)."""
    assignment = current_assignment(matter)
    matter = _transition(matter, Action.ACKNOWLEDGE, by=by, note=note)
    Assignment.objects.filter(pk=assignment.pk).update(acknowledged_at=clock.now(), acknowledged_by=by)
    return matter


@transaction.atomic
def send_back(matter: Matter, *, by, reason: str, approved_by) -> Matter:
    """The lead unit returns a matter that is not its to handle, for re-dispatch (退回), once a supervisor
    approved its request; only supervision.services.decide_send_back calls it."""
    permissions.check(by, Action.SEND_BACK, matter)
    permissions.check_send_back_approver(approved_by, matter)
    reason = _required_text(reason, "reason", _("Reason"))
    assignment = current_assignment(matter)
    note = _("%(reason)s (approved by %(name)s)") % {"reason": reason, "name": approved_by.get_full_name()}
    matter = _transition(matter, Action.SEND_BACK, by=by, note=note, changes={"lead_unit": None, "due": None})
    Assignment.objects.filter(pk=assignment.pk).update(sent_back_at=clock.now(), send_back_reason=reason)
    return matter


@transaction.atomic
def respond(matter: Matter, *, by, content: str, override: bool = False, override_reason: str = "") -> Response:
    """The lead unit reports what it did (办理答复); while a supporting opinion is overdue and missing, only with an
    explicit override and its reason, which the trail keeps."""
    permissions.check(by, Action.RESPOND, matter)
    content = _required_text(content, "content", _("Response"))
    assignment = current_assignment(matter)
    note = content + _without_opinions(assignment, override, override_reason)
    _transition(matter, Action.RESPOND, by=by, note=note)
    return Response.objects.create(matter=matter, assignment=assignment, content=content, by=by, at=clock.now())


def _without_opinions(assignment, override: bool, reason: str) -> str:
    """The trail's line for an answer given without the overdue supporting opinions, or a refusal."""
    missing = "、".join(unit.name for unit in overdue_opinions(assignment))
    if not missing:
        return ""
    if not override:
        raise InvalidTransition(
            _("The supporting opinion of %(units)s is overdue: wait for it, or answer without it and say why.")
            % {"units": missing}, field="override",
        )
    reason = _required_text(reason, "override_reason", _("Reason for answering without the supporting opinions"))
    return "\n" + _("No supporting opinion received from %(units)s; reason: %(reason)s") % {
        "units": missing, "reason": reason}


CONTACT_NOTE_MAX = 2000


@transaction.atomic
def record_contact(matter: Matter, *, by, method: str, contacted_at: datetime.datetime, note: str = "") -> Contact:
    """The lead unit's handler records a contact with the submitter (首次联系) while the unit handles the matter;
    it happened after the assignment and not in the future, and goes into the trail."""
    permissions.check(by, Action.CONTACT, matter)
    if method not in Contact.Method.values:
        raise ValidationError(_("Choose how the submitter was contacted."), field="method")
    if not isinstance(contacted_at, datetime.datetime):
        raise ValidationError(_("Give the time of the contact."), field="contacted_at")
    assignment = current_assignment(matter)
    now = clock.now()
    if contacted_at > now:
        raise ValidationError(_("The contact cannot be in the future."), field="contacted_at")
    # Times are typed to the minute: a contact in the minute of the assignment is not before it.
    if contacted_at < assignment.assigned_at.replace(second=0, microsecond=0):
        raise ValidationError(_("The contact cannot be earlier than the assignment."), field="contacted_at")
    note = cleaned(note)
    if len(note) > CONTACT_NOTE_MAX:
        raise ValidationError(
            _("%(label)s must be at most %(n)s characters.") % {"label": _("Note"), "n": CONTACT_NOTE_MAX}, field="note"
        )
    trail_note = _("%(method)s at %(at)s") % {
        "method": Contact.Method(method).label, "at": timezone.localtime(contacted_at).strftime("%Y-%m-%d %H:%M")}
    _transition(matter, Action.CONTACT, by=by, to_state=matter.state, note=f"{trail_note} {note}".strip())
    return Contact.objects.create(
        assignment=assignment, method=method, contacted_at=contacted_at, note=note, by=by, recorded_at=now,
    )


@transaction.atomic
def review(
    matter: Matter, *, by, satisfied: bool, method=Review.Method.ONLINE, note: str = "", solved: bool | None = None,
) -> Review:
    """Satisfied resolves the matter (办结); not satisfied sends it back to the unit (持续推进). Whether the problem
    is solved is asked apart (解决率); callers that do not ask it (the demo, Open311) record the satisfaction."""
    permissions.check(by, Action.REVIEW, matter)
    if method not in Review.Method.values:
        raise ValidationError(_("Unknown review method."), field="method")
    if method not in permissions.review_methods_for(by):
        raise NotAllowed(_("An enterprise confirms the result online; on-site and phone checks are the "
                           "supervision group's."), field="method")
    if not isinstance(satisfied, bool):
        raise ValidationError(_("Say whether the result is satisfactory."), field="satisfied")
    if solved is None:
        solved = satisfied
    if not isinstance(solved, bool):
        raise ValidationError(_("Say whether the problem is solved."), field="solved")
    note = cleaned(note)
    if not satisfied and not note:
        raise ValidationError(_("Say what still needs to be done."), field="note")
    now = clock.now()
    if satisfied:
        _transition(matter, Action.RESOLVE, by=by, note=note, changes={"resolved_at": now})
    else:
        _transition(matter, Action.CONTINUE, by=by, note=note)
    return Review.objects.create(
        matter=matter, response=matter.responses.latest("at", "id"), satisfied=satisfied, solved=solved,
        method=method, note=note, by=by, at=now,
    )


@transaction.atomic
def close(matter: Matter, *, by, note: str = "") -> Matter:
    """A resolved matter is closed after its follow-up (回访)."""
    return _transition(matter, Action.CLOSE, by=by, note=note)


@transaction.atomic
def reopen(matter: Matter, *, by, reason: str) -> Matter:
    """A resolved matter found unsolved (at follow-up or on review) goes back to the unit; the reason is kept."""
    permissions.check(by, Action.REOPEN, matter)
    reason = _required_text(reason, "reason", _("Reason"))
    return _transition(matter, Action.REOPEN, by=by, note=reason, changes={"resolved_at": None})


@transaction.atomic
def extend_deadline(matter: Matter, *, by, due, note: str = "") -> Matter:
    """Move the current assignment's deadline later (延期), written to the trail; the state stays."""
    if not by.is_authenticated or by.role not in permissions.DEADLINE_ROLES or not can_view(by, matter):
        raise NotAllowed(_("You cannot change this matter's deadline."))
    if matter.state not in AWAITING_UNIT:
        raise InvalidTransition(_("Only a matter the unit is handling has a deadline to extend."))
    if not isinstance(due, datetime.date):
        raise ValidationError(_("Give a deadline."), field="due")
    if matter.due and due <= matter.due:
        raise ValidationError(_("The new deadline must be later than the current one."), field="due")
    updated = Matter.objects.filter(pk=matter.pk, version=matter.version, state=matter.state).update(
        due=due, version=F("version") + 1
    )
    if not updated:
        raise ConcurrentChange()
    Assignment.objects.filter(pk=current_assignment(matter).pk).update(due=due)
    Transition.objects.create(
        matter=matter, action=Action.EXTEND, from_state=matter.state, to_state=matter.state, actor=by,
        at=clock.now(), note=cleaned(note) or due.isoformat(),
    )
    matter.refresh_from_db()
    return matter
