"""Meeting operations: list, schedule, read with the agenda, put matters on it, record decisions."""

from typing import Literal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import (
    organization_by_id, organizations_by_id, region_by_code, user_by_id,
)
from huishang.api.meeting_schemas import (
    AgendaIn, AgendaItemOut, DecisionIn, MeetingDetail, MeetingIn, MeetingOut, MinutesIn, MinutesOut, NoticeIn,
)
from huishang.api.schemas import Id
from huishang.audit.log import record_event
from huishang.cases.selectors import get_visible_matter, matter_to_link
from huishang.core.errors import NotFound
from huishang.meetings import services, sheets
from huishang.meetings.documents import FORMATS
from huishang.meetings.models import AgendaItem, Meeting
from huishang.meetings.selectors import agenda_of, visible_meetings

router = Router(tags=["meetings"])
# The 督办单 beside the matter's other operations (registered on /matters in api/urls.py).
matters_router = Router(tags=["meetings"])

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


@router.put("/{meeting_id}/notice", response={200: MeetingDetail, **REFUSALS}, summary="会议通知 / Change the notice",
            description="The organiser changes the chair, the place and the attendees until the meeting's day. "
                        "会前由工作专班修改主持人、地点和参会人员。")
def update_notice(request, meeting_id: Id, payload: NoticeIn):
    meeting = _visible_meeting(request.auth, meeting_id)
    return services.update_notice(meeting, by=request.auth, location=payload.location, attendees=payload.attendees,
                                  chair=user_by_id(payload.chair, "chair"))


@router.get("/{meeting_id}/minutes", response={200: MinutesOut, 404: ErrorOut}, summary="会议纪要 / Read the minutes",
            description="For whoever may read the meeting. 可查看会议者均可查看纪要。")
def read_minutes(request, meeting_id: Id):
    return _visible_meeting(request.auth, meeting_id)


@router.put("/{meeting_id}/minutes", response={200: MinutesOut, **REFUSALS}, summary="录入会议纪要 / Write the minutes",
            description="The organiser writes the minutes once the meeting has taken place; 422 naming held_on "
                        "before. 会议召开后由工作专班录入纪要。")
def write_minutes(request, meeting_id: Id, payload: MinutesIn):
    meeting = _visible_meeting(request.auth, meeting_id)
    return services.record_minutes(meeting, by=request.auth, minutes=payload.minutes)


class PaperFormat(Schema):
    format: Literal["docx", "pdf"] = "docx"


def _paper_response(request, paper, fmt: str, *, subject: str, filename: str, detail: dict) -> HttpResponse:
    record_event("export", actor=request.auth, request=request, subject=subject, detail={**detail, "format": fmt})
    content_type, write = FORMATS[fmt]
    response = HttpResponse(write(paper), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


@router.get("/{meeting_id}/minutes/document", response={200: None, 404: ErrorOut, 422: ErrorOut},
            summary="会议纪要文书 / The minutes as .docx or .pdf",
            description="Title and number, date, place, chair, attendees, minutes and each decided item the caller "
                        "may see. 会议纪要（Word 或 PDF）。")
def minutes_document(request, meeting_id: Id, query: Query[PaperFormat]):
    meeting = _visible_meeting(request.auth, meeting_id)
    return _paper_response(request, sheets.minutes_paper(meeting, reader=request.auth), query.format,
                           subject=f"meetings.Meeting:{meeting.pk}", filename=f"minutes-{meeting.pk}",
                           detail={"action": "打印会议纪要"})


@router.get("/{meeting_id}/assignment-sheets/{unit_id}", response={200: None, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
            summary="交办单 / A unit's assignment sheet (.docx or .pdf)",
            description="Numbered once (交办〔2024〕12号) and kept; a unit gets only its own, the office every unit's. "
                        "责任单位仅可下载本单位的交办单。")
def assignment_sheet(request, meeting_id: Id, unit_id: Id, query: Query[PaperFormat]):
    meeting = _visible_meeting(request.auth, meeting_id)
    paper = sheets.assignment_paper(meeting, unit_id, reader=request.auth)
    return _paper_response(request, paper, query.format, subject=f"meetings.Meeting:{meeting.pk}",
                           filename=f"assignment-sheet-{meeting.pk}-{unit_id}",
                           detail={"action": f"打印交办单 {paper.number}"})


@matters_router.get("/{key}/supervision-sheet", response={200: None, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
                    summary="督办单 / The supervision sheet of a carded matter (.docx or .pdf)",
                    description="Numbered once (督办〔2024〕5号) and kept; for the matter's units and the staff. "
                                "持牌事项的督办单，事项承办单位和工作人员可下载。")
def supervision_sheet(request, key: str, query: Query[PaperFormat]):
    matter = get_visible_matter(request.auth, key)
    if matter is None:
        raise NotFound(_("Matter %(key)s was not found.") % {"key": key})
    paper = sheets.supervision_paper(matter, reader=request.auth)
    return _paper_response(request, paper, query.format, subject=f"cases.Matter:{matter.pk}",
                           filename=f"supervision-sheet-{matter.number}",
                           detail={"action": f"打印督办单 {paper.number}"})
