"""A round's exams over the API for staff: sessions with rooms and seats, admission tickets, the staff checks of
the conditions. The applicant downloads their ticket on the web page (public_views.ticket), with no account."""

from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.schemas import Id
from huishang.recruitment import checks, sessions, tickets
from huishang.recruitment.api import REFUSALS, _staff_application, _staff_round
from huishang.recruitment.models import AdmissionTicket, Application
from huishang.recruitment.schemas import (
    AdmissionTicketOut, ApplicationChecksOut, ConditionCheckIn, ConditionStateOut, ExamSessionIn, ExamSessionOut,
    TicketsIn,
)

router = Router(tags=["recruitment"])


def _session_out(session) -> dict:
    return {"id": session.pk, "kind": session.kind, "starts_at": session.starts_at, "ends_at": session.ends_at,
            "place": session.place, "tickets_issued": session.issued,
            "rooms": [{"id": room.pk, "name": room.name, "seats": room.seats} for room in session.rooms.all()]}


def _ticket_out(ticket) -> dict:
    return {"id": ticket.pk, "number": ticket.number, "application": ticket.application_id,
            "tracking_number": ticket.application.tracking_number, "kind": ticket.kind,
            "session": ticket.session_id, "room": ticket.room.name, "seat": ticket.seat, "issued_at": ticket.issued_at}


@router.get("/rounds/{pk}/sessions", response={200: list[ExamSessionOut], 403: ErrorOut, 404: ErrorOut},
            summary="考试场次 / Exam sessions")
def list_sessions(request, pk: Id):
    return [_session_out(session) for session in tickets.sessions_of(_staff_round(request.auth, pk))]


@router.post("/rounds/{pk}/sessions", response={201: ExamSessionOut, **REFUSALS}, summary="安排场次 / Schedule a session")
def schedule_session(request, pk: Id, payload: ExamSessionIn):
    round_ = _staff_round(request.auth, pk)
    session = sessions.schedule_session(
        round_, by=request.auth, kind=payload.kind, starts_at=payload.starts_at, ends_at=payload.ends_at,
        place=payload.place, rooms=[(room.name, room.seats) for room in payload.rooms])
    return Status(201, _session_out(tickets.sessions_of(round_).get(pk=session.pk)))


def _round_tickets(round_):
    return (AdmissionTicket.objects.filter(application__round=round_).select_related("application", "room")
            .order_by("kind", "session__starts_at", "room", "seat"))


@router.get("/rounds/{pk}/tickets", response={200: list[AdmissionTicketOut], 403: ErrorOut, 404: ErrorOut},
            summary="准考证 / Admission tickets")
def list_tickets(request, pk: Id):
    return [_ticket_out(ticket) for ticket in _round_tickets(_staff_round(request.auth, pk))]


@router.post("/rounds/{pk}/tickets", response={201: list[AdmissionTicketOut], **REFUSALS},
             summary="签发准考证 / Issue admission tickets",
             description="Every applicant who passed review and holds no ticket of the kind gets the next free seat. "
                         "为资格审查通过且尚无此类准考证的报名人员依次安排座位。")
def issue_tickets(request, pk: Id, payload: TicketsIn):
    round_ = _staff_round(request.auth, pk)
    issued = tickets.issue_tickets(round_, by=request.auth, kind=payload.kind)
    return Status(201, [_ticket_out(ticket) for ticket in _round_tickets(round_).filter(pk__in=[t.pk for t in issued])])


def _condition_out(condition: str, check) -> dict:
    """A condition and what its check found (None: not checked yet)."""
    return {"condition": condition, "label": checks.label(condition), "result": check and check.result,
            "note": check.note if check else "", "checked_at": check and check.checked_at,
            "checked_by": str(check.checked_by) if check else None}


def _checks_out(application) -> dict:
    done = {check.condition: check for check in application.checks.all()}
    return {"application": application.pk, "tracking_number": application.tracking_number,
            "conditions": [_condition_out(condition, done.get(condition))
                           for condition in checks.required(application)]}


@router.get("/rounds/{pk}/checks", response={200: list[ApplicationChecksOut], 403: ErrorOut, 404: ErrorOut},
            summary="条件核查 / Condition checks",
            description="Each applicant who passed review with the conditions the office checks and what it found "
                        "(result null: not checked yet).")
def list_checks(request, pk: Id):
    round_ = _staff_round(request.auth, pk)
    approved = round_.applications.filter(review=Application.Review.APPROVED).prefetch_related("checks__checked_by")
    rows = []
    for application in approved:
        application.round = round_
        rows.append(_checks_out(application))
    return rows


@router.post("/applications/{pk}/checks", response={201: ConditionStateOut, **REFUSALS},
             summary="记录核查 / Record a check")
def record_check(request, pk: Id, payload: ConditionCheckIn):
    application = _staff_application(request.auth, pk)
    check = checks.record_check(application, by=request.auth, condition=payload.condition, result=payload.result,
                                note=payload.note)
    return Status(201, _condition_out(check.condition, check))
