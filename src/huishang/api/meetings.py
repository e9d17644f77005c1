"""Meeting operations: list, schedule, read with the agenda, put matters on it, record decisions."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import (
    organization_by_id, organizations_by_id, region_by_code, user_by_id,
)
from huishang.api.meeting_schemas import AgendaIn, AgendaItemOut, DecisionIn, MeetingDetail, MeetingIn, MeetingOut
from huishang.api.schemas import Id
from huishang.cases.selectors import matter_to_link
from huishang.core.errors import NotFound
from huishang.meetings import services
from huishang.meetings.models import AgendaItem, Meeting
from huishang.meetings.selectors import agenda_of, visible_meetings

router = Router(tags=["meetings"])

REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _visible_meeting(user, meeting_id: int) -> Meeting:
    meeting = visible_meetings(user).filter(pk=meeting_id).first()
    if meeting is None:
        raise NotFound(_("Meeting %(id)s was not found.") % {"id": meeting_id})
    return meeting


def _agenda_item(meeting: Meeting, item_id: int) -> AgendaItem:
    item = agenda_of(meeting).filter(pk=item_id).first()
    if item is None:
        raise NotFound(_("Agenda item %(id)s was not found.") % {"id": item_id})
    return item


@router.get("", response=list[MeetingOut], summary="会议列表 / List meetings",
            description="Meetings of the caller's region, or that discussed a matter the caller may see. "
                        "本辖区的会议，或讨论过调用者可见事项的会议。")
def list_meetings(request):
    return list(visible_meetings(request.auth))


@router.post("", response={201: MeetingDetail, **REFUSALS}, summary="安排会议 / Schedule a meeting",
             description="The service office schedules a meeting; it is numbered within its kind, region and year. "
                         "工作专班安排会议，按类型、辖区和年度编号。")
def create_meeting(request, payload: MeetingIn):
    meeting = services.create_meeting(
        by=request.auth, kind=payload.kind, held_on=payload.held_on, region=region_by_code(payload.region),
        title=payload.title, chair=user_by_id(payload.chair, "chair"), location=payload.location,
        attendees=payload.attendees,
    )
    return Status(201, meeting)


@router.get("/{meeting_id}", response={200: MeetingDetail, 404: ErrorOut}, summary="会议详情 / Read a meeting",
            description="With its agenda items and their outcomes. 含议题及议定结果。")
def read_meeting(request, meeting_id: Id):
    return _visible_meeting(request.auth, meeting_id)


@router.post("/{meeting_id}/agenda", response={201: AgendaItemOut, **REFUSALS}, summary="列入议题 / Add to agenda",
             description="Put an accepted matter (id or number) on the agenda. 将已受理事项列入会商议题。")
def add_to_agenda(request, meeting_id: Id, payload: AgendaIn):
    meeting = _visible_meeting(request.auth, meeting_id)
    matter = matter_to_link(request.auth, payload.matter, field="matter")
    return Status(201, services.add_to_agenda(meeting, matter, by=request.auth))


@router.delete("/{meeting_id}/agenda/{item_id}", response={204: None, **REFUSALS},
               summary="撤出议题 / Remove from agenda",
               description="Only an undecided item; the matter goes back to waiting for dispatch. 仅限未议定的议题。")
def remove_from_agenda(request, meeting_id: Id, item_id: Id):
    item = _agenda_item(_visible_meeting(request.auth, meeting_id), item_id)
    services.remove_from_agenda(item, by=request.auth)
    return Status(204, None)


@router.post("/{meeting_id}/agenda/{item_id}/decision", response={200: AgendaItemOut, **REFUSALS},
             summary="议定 / Record the decision",
             description="`assigned` hands the matter to the lead unit with a deadline; `deferred` keeps it for "
                         "a later meeting. 议定交办（牵头单位、配合单位、时限）或暂缓。")
def decide(request, meeting_id: Id, item_id: Id, payload: DecisionIn):
    item = _agenda_item(_visible_meeting(request.auth, meeting_id), item_id)
    return services.decide(
        item, by=request.auth, outcome=payload.outcome, decision=payload.decision,
        lead_unit=organization_by_id(payload.lead_unit, "lead_unit"),
        supporting_units=organizations_by_id(payload.supporting_units, "supporting_units"), due=payload.due,
    )
