"""Supervision over the API: deadlines in working days, cards, reminders, escalations, extension and send-back
requests and
follow-ups (notifications are under /api/v1/notifications). Each operation calls the same service as the web UI."""

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import visible_matter
from huishang.api.schemas import NOTE_MAX, Id, LocalDateTime, RequiredText, StrictSchema, Text
from huishang.core.errors import NotFound, ValidationError
from huishang.core.parsing import Day
from huishang.directory.models import User
from huishang.supervision import services
from huishang.supervision.deadlines import is_due_soon, is_overdue, remaining_working_days
from huishang.supervision.models import ExtensionRequest, FollowUp, SendBackRequest
from huishang.supervision.selectors import cards_of
from huishang.workdays.calendar import due_in_working_days

router = Router(tags=["supervision"])

REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class DeadlineOut(Schema):
    due: datetime.date


class CardOut(Schema):
    level: str
    reason: str
    issued_at: LocalDateTime
    cleared_at: LocalDateTime | None


class SupervisionOut(Schema):
    number: str
    due: datetime.date | None
    remaining_working_days: int | None
    due_soon: bool
    overdue: bool
    cards: list[CardOut]


class RemindIn(StrictSchema):
    note: RequiredText(NOTE_MAX)


class EscalateIn(StrictSchema):
    leader: Id
    reason: RequiredText(NOTE_MAX)


class ExtensionIn(StrictSchema):
    requested_due: Day
    reason: RequiredText(NOTE_MAX)


class ExtensionDecisionIn(StrictSchema):
    approve: bool
    note: Text(NOTE_MAX) = ""


class SendBackIn(StrictSchema):
    reason: RequiredText(NOTE_MAX)


class SendBackOut(Schema):
    id: int
    status: str
    reason: str
    decision_note: str


class FollowUpIn(StrictSchema):
    satisfaction: RequiredText(12)
    solved: bool | None = Field(None, description="whether the problem is solved, apart from satisfaction (解决率); "
                                                  "left out: solved unless dissatisfied")
    note: Text(NOTE_MAX) = ""


class RecordOut(Schema):
    id: int


class ExtensionOut(Schema):
    id: int
    status: str
    requested_due: datetime.date


@router.get("/deadline", response={200: DeadlineOut, 422: ErrorOut}, summary="按工作日计算期限 / Deadline in working days",
            description="The date N working days from today (holidays and 调休 counted), for an assignment's deadline.")
def deadline(request, working_days: int):
    if not 1 <= working_days <= 365:
        raise ValidationError(_("Give between 1 and 365 working days."), field="working_days")
    return {"due": due_in_working_days(working_days)}


@router.get("/matters/{key}", response={200: SupervisionOut, 404: ErrorOut}, summary="督办信息 / Supervision of a matter")
def matter_supervision(request, key: str):
    matter = visible_matter(request.auth, key)
    return {
        "number": matter.number, "due": matter.due, "remaining_working_days": remaining_working_days(matter),
        "due_soon": is_due_soon(matter), "overdue": is_overdue(matter), "cards": list(cards_of(matter)),
    }


@router.post("/matters/{key}/reminders", response={201: RecordOut, **REFUSALS}, summary="催办 / Remind the unit")
def remind(request, key: str, payload: RemindIn):
    return Status(201, services.remind(visible_matter(request.auth, key), by=request.auth, note=payload.note))


@router.post("/matters/{key}/escalations", response={201: RecordOut, **REFUSALS}, summary="升级 / Escalate to a leader")
def escalate(request, key: str, payload: EscalateIn):
    matter = visible_matter(request.auth, key)
    leader = User.objects.filter(pk=payload.leader).first()
    return Status(201, services.escalate(matter, by=request.auth, leader=leader, reason=payload.reason))


@router.post("/matters/{key}/extension-requests", response={201: ExtensionOut, **REFUSALS},
             summary="延期申请 / Ask for an extension")
def request_extension(request, key: str, payload: ExtensionIn):
    matter = visible_matter(request.auth, key)
    return Status(201, services.request_extension(
        matter, by=request.auth, requested_due=payload.requested_due, reason=payload.reason))


@router.post("/extension-requests/{pk}/decision", response={200: ExtensionOut, **REFUSALS},
             summary="审批延期 / Decide an extension request")
def decide_extension(request, pk: int, payload: ExtensionDecisionIn):
    extension = ExtensionRequest.objects.filter(pk=pk).select_related("matter").first()
    if extension is None:
        raise NotFound(_("Extension request %(pk)s was not found.") % {"pk": pk})
    visible_matter(request.auth, extension.matter.number)
    return services.decide_extension(extension, by=request.auth, approve=payload.approve, note=payload.note)


@router.post("/matters/{key}/send-back-requests", response={201: SendBackOut, **REFUSALS},
             summary="退回申请 / Ask to send a matter back",
             description="The lead unit asks to return a matter that is not its to handle; the matter stays with the "
                         "unit until a supervisor approves. 由督查组审批后才退回。")
def request_send_back(request, key: str, payload: SendBackIn):
    matter = visible_matter(request.auth, key)
    return Status(201, services.request_send_back(matter, by=request.auth, reason=payload.reason))


@router.post("/send-back-requests/{pk}/decision", response={200: SendBackOut, **REFUSALS},
             summary="审批退回 / Decide a send-back request",
             description="Approve: the matter goes back to the service office for re-dispatch. Refuse (note required): "
                         "the unit keeps it.")
def decide_send_back(request, pk: int, payload: ExtensionDecisionIn):
    send_back = SendBackRequest.objects.filter(pk=pk).select_related("matter").first()
    if send_back is None:
        raise NotFound(_("Send-back request %(pk)s was not found.") % {"pk": pk})
    visible_matter(request.auth, send_back.matter.number)
    return services.decide_send_back(send_back, by=request.auth, approve=payload.approve, note=payload.note)


@router.post("/follow-ups/{pk}", response={200: RecordOut, **REFUSALS}, summary="回访 / Record a follow-up")
def follow_up(request, pk: int, payload: FollowUpIn):
    row = FollowUp.objects.filter(pk=pk).select_related("matter").first()
    if row is None:
        raise NotFound(_("Follow-up %(pk)s was not found.") % {"pk": pk})
    visible_matter(request.auth, row.matter.number)
    return services.record_follow_up(
        row, by=request.auth, satisfaction=payload.satisfaction, solved=payload.solved, note=payload.note,
    )
