"""Creating meetings, building their agendas and recording their decisions."""

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from huishang.cases import services as matter_services
from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.directory.jurisdiction import jurisdiction_of, outside_message
from huishang.directory.models import Region, Role
from huishang.figures import consultations
from huishang.meetings.models import AgendaItem, Meeting
from huishang.meetings.numerals import chinese_number

ORGANISING_ROLES = {Role.OFFICE, Role.ADMIN}

# Titles are the documents' own words, so they are Chinese whatever the reader's language.
TITLE_SUFFIX = {
    Meeting.Kind.CONSULTATION: "企业化解难题问题会商会",
    Meeting.Kind.JOINT: "联席会议",
    Meeting.Kind.COUNCIL: "理事会会议",
    Meeting.Kind.SYMPOSIUM: "座谈会",
    Meeting.Kind.PLENARY: "全委会",
}


def _check_organiser(by, meeting: Meeting | None = None, *, kind: str | None = None) -> None:
    """The service office organises meetings, and only those of its own jurisdiction; a union's officers
    also organise its plenary (全委会)."""
    kind = meeting.kind if meeting is not None else kind
    union_plenary = kind == Meeting.Kind.PLENARY and by.role == Role.UNION
    if by.role not in ORGANISING_ROLES and not union_plenary:
        raise NotAllowed(_("Only the service office organises meetings."))
    if meeting is not None:
        jurisdiction_of(by).check(meeting.region, field="meeting")


@transaction.atomic
def create_meeting(
    *, by, kind=Meeting.Kind.CONSULTATION, held_on, region=None, title="", chair=None, location="", attendees=""
) -> Meeting:
    """Schedule a meeting; it takes the next number of its kind in its region and year (第N次)."""
    _check_organiser(by, kind=kind)
    if kind not in Meeting.Kind.values:
        raise ValidationError(_("Unknown kind of meeting."), field="kind")
    if not isinstance(held_on, datetime.date):
        raise ValidationError(_("Give the meeting's date."), field="held_on")
    region = region or by.region
    if not isinstance(region, Region):
        raise ValidationError(_("Choose a region."), field="region")
    jurisdiction_of(by).check(region, field="region")
    if chair is not None and chair.role not in (Role.LEADER, Role.ADMIN, Role.OFFICE):
        raise ValidationError(_("The chair must be a leader."), field="chair")
    if chair is not None and chair.role != Role.ADMIN and not jurisdiction_of(chair).covers(region):
        raise NotAllowed(outside_message(chair), field="chair")
    year = held_on.year
    last = Meeting.objects.filter(kind=kind, region=region, year=year).aggregate(n=Max("sequence"))["n"] or 0
    sequence = last + 1
    title = cleaned(title) or f"{year}年第{chinese_number(sequence)}次{TITLE_SUFFIX[kind]}"
    return Meeting.objects.create(
        kind=kind, region=region, year=year, sequence=sequence, title=title[:200], held_on=held_on, chair=chair,
        location=cleaned(location), attendees=cleaned(attendees), created_by=by,
    )


def has_taken_place(meeting: Meeting) -> bool:
    """A meeting has taken place from its day on."""
    return clock.today() >= meeting.held_on


def _check_taken_place(meeting: Meeting, message: str) -> None:
    if not has_taken_place(meeting):
        raise ValidationError(message % {"date": meeting.held_on.isoformat()}, field="held_on")


@transaction.atomic
def update_notice(meeting: Meeting, *, by, location: str, attendees: str, chair=None) -> Meeting:
    """The notice (会议通知: place, attendees, chair) may change until the meeting's day; the organiser changes it."""
    _check_organiser(by, meeting)
    if clock.today() > meeting.held_on:
        raise ValidationError(_("The meeting of %(date)s has taken place: its notice can no longer change.")
                              % {"date": meeting.held_on.isoformat()}, field="held_on")
    if chair is not None and chair.role not in (Role.LEADER, Role.ADMIN, Role.OFFICE):
        raise ValidationError(_("The chair must be a leader."), field="chair")
    if chair is not None and chair.role != Role.ADMIN and not jurisdiction_of(chair).covers(meeting.region):
        raise NotAllowed(outside_message(chair), field="chair")
    meeting.location, meeting.attendees, meeting.chair = cleaned(location)[:200], cleaned(attendees), chair
    meeting.save(update_fields=["location", "attendees", "chair"])
    return meeting


@transaction.atomic
def record_minutes(meeting: Meeting, *, by, minutes: str) -> Meeting:
    """Keep what the meeting said (会议纪要); the service office writes it once the meeting has taken place."""
    _check_organiser(by, meeting)
    _check_taken_place(meeting, _("The minutes can be written once the meeting has taken place (on %(date)s)."))
    meeting.minutes = cleaned(minutes)
    meeting.save(update_fields=["minutes"])
    return meeting


@transaction.atomic
def add_to_agenda(meeting: Meeting, matter: Matter, *, by) -> AgendaItem:
    """Put an accepted matter (or one deferred by an earlier meeting) on this meeting's agenda."""
    _check_organiser(by, meeting)
    if not matter.region.code.startswith(meeting.region.code_prefix):
        raise NotAllowed(_("The matter lies outside the region of this meeting."), field="matter")
    if meeting.agenda_items.filter(matter=matter).exists():
        raise ValidationError(_("This matter is already on the agenda."), field="matter")
    if matter.state == State.ON_AGENDA:
        if AgendaItem.objects.filter(matter=matter, outcome=AgendaItem.Outcome.PENDING).exists():
            raise InvalidTransition(_("This matter is waiting on another meeting's agenda."))
    else:
        matter_services.put_on_agenda(matter, by=by, note=meeting.title)
    order = (meeting.agenda_items.aggregate(n=Max("order"))["n"] or 0) + 1
    item = AgendaItem.objects.create(meeting=meeting, matter=matter, order=order)
    consultations.record_agenda_change(item, added=True)
    return item


def _pending(item: AgendaItem) -> None:
    if item.outcome != AgendaItem.Outcome.PENDING:
        raise InvalidTransition(_("This agenda item has already been decided."))


@transaction.atomic
def remove_from_agenda(item: AgendaItem, *, by) -> None:
    """Take an undecided item off the agenda; the matter goes back to waiting for dispatch."""
    _check_organiser(by, item.meeting)
    _pending(item)
    matter_services.take_off_agenda(item.matter, by=by, note=item.meeting.title)
    item.delete()
    consultations.record_agenda_change(item, added=False)


@transaction.atomic
def withdraw_from_agenda(matter: Matter, *, by, note: str = "") -> None:
    """Take a matter off the agenda it waits on; one deferred earlier just goes back to waiting for dispatch."""
    pending = matter.agenda_items.filter(outcome=AgendaItem.Outcome.PENDING).select_related("meeting").first()
    if pending is not None:
        remove_from_agenda(pending, by=by)
    else:
        _check_organiser(by)
        matter_services.take_off_agenda(matter, by=by, note=note)


@transaction.atomic
def decide(
    item: AgendaItem, *, by, outcome, decision: str = "", lead_unit=None, supporting_units=(), due=None
) -> AgendaItem:
    """Record the meeting's decision on one item, once the meeting has taken place; "assigned" performs the
    assignment (交办)."""
    _check_organiser(by, item.meeting)
    _check_taken_place(item.meeting, _("Decisions can be recorded once the meeting has taken place (on %(date)s)."))
    _pending(item)
    decision = cleaned(decision)
    if outcome == AgendaItem.Outcome.ASSIGNED:
        note = f"{item.meeting.title}：{decision}" if decision else item.meeting.title
        item.assignment = matter_services.assign(
            item.matter, by=by, lead_unit=lead_unit, supporting_units=supporting_units, due=due, note=note
        )
    elif outcome != AgendaItem.Outcome.DEFERRED:
        raise ValidationError(_("Choose assign or defer."), field="outcome")
    item.outcome = outcome
    item.decision = decision
    item.decided_by = by
    item.decided_at = clock.now()
    item.save()
    return item


@transaction.atomic
def decide_all(meeting: Meeting, *, by, decisions: list[dict]) -> list[AgendaItem]:
    """A meeting's decisions on several items are recorded together: all of them, or, if one is refused,
    none. Each entry of ``decisions`` holds ``item`` and the arguments of :func:`decide`."""
    decided = []
    for entry in decisions:
        item = entry["item"]
        if item.meeting_id != meeting.pk:
            raise ValidationError(_("This item is not on the agenda of this meeting."), field="item")
        decided.append(decide(item, by=by, **{key: value for key, value in entry.items() if key != "item"}))
    return decided
