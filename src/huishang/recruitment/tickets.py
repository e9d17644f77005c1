"""Admission tickets (准考证): issued to applicants who passed review, one per kind of session, each with a session,
a room and a seat no one else holds within what the room holds; the applicant is told, and downloads the
ticket with the tracking number and follow-up code they already have."""

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import ConcurrentChange, InvalidTransition, NotAllowed, NotFound, ValidationError
from huishang.recruitment import applicant_notices, services
from huishang.recruitment.models import AdmissionTicket, Application, ExamRoom, ExamSession, Round
from huishang.recruitment.permissions import may_manage

KIND_LETTERS = {ExamSession.Kind.WRITTEN: "B", ExamSession.Kind.INTERVIEW: "M"}


def _may_issue(round_: Round, by) -> None:
    if not may_manage(by, round_.region):
        raise NotAllowed(_("Only the service office of the region issues admission tickets."))
    if round_.published_at is not None:
        raise InvalidTransition(_("The result of this round is published; nothing can change any more."))


def _ticket_number(round_: Round, kind: str) -> str:
    issued = AdmissionTicket.objects.filter(application__round=round_, kind=kind).count()
    return f"ZK{round_.announced_on:%Y}{round_.pk:03d}{KIND_LETTERS[kind]}{issued + 1:04d}"


def _taken(room: ExamRoom) -> set[int]:
    return set(room.tickets.values_list("seat", flat=True))


def _free_seat(session: ExamSession, room: ExamRoom | None, seat: int | None) -> tuple[ExamRoom, int]:
    """The room and seat asked for, checked; or the first free seat (of the room asked for, else of the session)."""
    if room is not None and room.session_id != session.pk:
        raise ValidationError(_("Choose a room of this session."), field="room")
    if seat is not None:
        if room is None:
            raise ValidationError(_("Choose the room of the seat."), field="room")
        if not 1 <= seat <= room.seats:
            raise ValidationError(_("Room %(room)s has seats 1 to %(seats)d.") % {
                "room": room.name, "seats": room.seats}, field="seat")
        if seat in _taken(room):
            raise ValidationError(_("Seat %(seat)d of room %(room)s is taken.") % {"seat": seat, "room": room.name},
                                  field="seat")
        return room, seat
    for candidate in [room] if room is not None else list(session.rooms.all()):
        taken = _taken(candidate)
        free = next((number for number in range(1, candidate.seats + 1) if number not in taken), None)
        if free is not None:
            return candidate, free
    raise ValidationError(_("Every seat of this session is taken.") if room is None else
                          _("Every seat of room %(room)s is taken.") % {"room": room.name},
                          field="room" if room is not None else "session")


def _issue(application: Application, *, by, session: ExamSession, room: ExamRoom, seat: int) -> AdmissionTicket:
    round_ = application.round
    try:
        with transaction.atomic():
            ticket = AdmissionTicket.objects.create(
                application=application, kind=session.kind, session=session, room=room, seat=seat,
                number=_ticket_number(round_, session.kind), issued_at=clock.now(), issued_by=by)
    except IntegrityError:
        # The seat, the ticket number or the applicant's ticket of this kind was taken at the same moment.
        raise ConcurrentChange()
    applicant_notices.tell(application, key=f"recruitment.ticket:{ticket.pk}", event="recruitment.ticket_issued",
                           context={"ticket": ticket, "session": session, "room": room, "round": round_})
    return ticket


@transaction.atomic
def issue_ticket(application: Application, *, by, session: ExamSession, room: ExamRoom | None = None,
                 seat: int | None = None) -> AdmissionTicket:
    """The office issues one applicant who passed review their ticket for a session of the round (the first free
    seat unless a room and seat are chosen): one ticket per kind of session, no seat twice, none beyond what
    the room holds; the applicant is told."""
    round_ = application.round
    _may_issue(round_, by)
    if session.round_id != round_.pk:
        raise ValidationError(_("Choose a session of this round."), field="session")
    if application.review != Application.Review.APPROVED:
        raise InvalidTransition(_("An admission ticket is issued only to an applicant who passed review."))
    if application.tickets.filter(kind=session.kind).exists():
        raise InvalidTransition(_("%(number)s already has an admission ticket for the %(kind)s.") % {
            "number": application.tracking_number, "kind": session.get_kind_display()})
    room, seat = _free_seat(session, room, seat)
    return _issue(application, by=by, session=session, room=room, seat=seat)


@transaction.atomic
def issue_tickets(round_: Round, *, by, kind: str) -> list[AdmissionTicket]:
    """The office issues a ticket of ``kind`` to every applicant who passed review and has none, in tracking-number
    order, filling the sessions of that kind in time order, room by room, seat by seat; refused (nothing issued)
    when the seats do not suffice."""
    _may_issue(round_, by)
    if kind not in ExamSession.Kind.values:
        raise ValidationError(_("Choose written test or interview."), field="kind")
    sessions = list(round_.sessions.filter(kind=kind).prefetch_related("rooms"))
    if not sessions:
        raise ValidationError(_("Schedule a session of this kind first."), field="kind")
    waiting = list(round_.applications.filter(review=Application.Review.APPROVED).exclude(tickets__kind=kind)
                   .order_by("tracking_number"))
    taken = set(AdmissionTicket.objects.filter(session__in=sessions).values_list("room_id", "seat"))
    free = [(session, room, seat) for session in sessions for room in session.rooms.all()
            for seat in range(1, room.seats + 1) if (room.pk, seat) not in taken]
    if len(free) < len(waiting):
        raise ValidationError(_("%(waiting)d applicants need a seat and %(free)d seats are free; add rooms or "
                                "sessions.") % {"waiting": len(waiting), "free": len(free)}, field="kind")
    return [_issue(application, by=by, session=session, room=room, seat=seat)
            for application, (session, room, seat) in zip(waiting, free)]


def ticket_of(*, tracking_number: str, follow_up_code: str, kind: str, sender_address: str = "") -> AdmissionTicket:
    """The applicant's ticket of ``kind``, for the holder of the application's tracking number and follow-up code
    only (looked up as the tracker does, so as rarely); the same refusal for a ticket not issued, an application
    not passed and a form sent again."""
    if kind not in ExamSession.Kind.values:
        raise ValidationError(_("Choose written test or interview."), field="kind")
    holder = services.track(tracking_number=tracking_number, follow_up_code=follow_up_code,
                            sender_address=sender_address)
    ticket = None
    if isinstance(holder, Application):  # a resubmission's pk may be an application's
        ticket = (AdmissionTicket.objects.select_related("application__round", "session", "room")
                  .filter(application=holder, kind=kind).first())
    if ticket is None:
        raise NotFound(_("No admission ticket of this kind has been issued for this application."), field="kind")
    return ticket


def sessions_of(round_: Round):
    """The round's sessions with their rooms and the number of tickets issued for each."""
    return round_.sessions.prefetch_related("rooms").annotate(issued=Count("tickets"))
