"""Review rounds (回访督查) over the API: open a round whose rules choose its matters, adjust the list, record a
finding per matter (the matter moves through its own transitions), finish it, and fetch its report. Each
operation calls the service of supervision/rounds.py."""

import datetime
from typing import Literal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import region_by_code, user_by_id, visible_matter
from huishang.api.schemas import LocalDateTime, PersonRef, RegionRef, RequiredText, StrictSchema, Text, one_of
from huishang.audit.log import record_event
from huishang.core.errors import NotAllowed, NotFound
from huishang.core.parsing import Day
from huishang.supervision import permissions, rounds
from huishang.supervision.models import FollowUp, ReviewRound, RoundMatter, SupervisionVisit
from huishang.supervision.round_report import DOCX, round_report, round_report_pdf

router = Router(tags=["review rounds"])

REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class ReviewRoundIn(StrictSchema):
    title: RequiredText(rounds.TITLE_MAX)
    period_start: Day
    period_end: Day
    region: RequiredText(12) = Field(description="region code (GB/T 2260) of the round's scope")
    members: list[int] = Field(..., min_length=1, max_length=50, description="ids of the group's supervisors")
    rules: list[one_of(RoundMatter.Reason)] = Field(
        default_factory=lambda: [str(rule) for rule in rounds.ROUND_RULES], max_length=3,
        description="resolved (in the period), reopened (in the period), long_running (assigned before the period "
                    "and not resolved)")


class ReviewRoundMatterIn(StrictSchema):
    matter: RequiredText(24) = Field(description="the matter's id or number")


class ReviewFindingIn(StrictSchema):
    method: one_of(SupervisionVisit.Method)
    verdict: one_of(RoundMatter.Verdict)
    checklist: dict[str, bool] = Field(default_factory=dict, description="answers by item: " + ", ".join(
        rounds.CHECKLIST))
    note: Text(rounds.NOTE_MAX) = Field("", description="what was found; required unless solved")
    plan_required: bool = Field(False, description="ask the lead unit for a work plan (细化工作措施)")
    satisfaction: one_of(FollowUp.Satisfaction) | None = Field(
        None, description="the enterprise's satisfaction, for a resolved matter found solved (default satisfied)")


class ReviewRoundFinishIn(StrictSchema):
    summary: Text(rounds.NOTE_MAX) = ""


class ReviewRoundMatterOut(Schema):
    number: str
    title: str
    state: str
    reason: str
    method: str
    verdict: str
    checklist: dict[str, bool]
    note: str
    plan_required: bool
    moved_to: str
    by: PersonRef | None
    at: LocalDateTime | None

    @staticmethod
    def resolve_number(obj) -> str:
        return obj.matter.number

    @staticmethod
    def resolve_title(obj) -> str:
        return obj.matter.title

    @staticmethod
    def resolve_state(obj) -> str:
        return obj.matter.state


class ReviewRoundOut(Schema):
    id: int
    title: str
    period_start: datetime.date
    period_end: datetime.date
    region: RegionRef
    status: str
    rules: list[str]
    created_by: PersonRef
    created_at: LocalDateTime
    finished_at: LocalDateTime | None
    summary: str
    figures: dict[str, int]

    @staticmethod
    def resolve_figures(obj) -> dict:
        return rounds.figures_of(obj)


class ReviewRoundDetailOut(ReviewRoundOut):
    members: list[PersonRef]
    matters: list[ReviewRoundMatterOut]

    @staticmethod
    def resolve_members(obj):
        return list(obj.members.all())

    @staticmethod
    def resolve_matters(obj):
        return list(rounds.entries_of(obj))


class ReviewRoundReportFormat(Schema):
    format: Literal["docx", "pdf"] = "docx"


def _round(request, round_id: int) -> ReviewRound:
    review_round = rounds.visible_rounds(request.auth).filter(pk=round_id).first()
    if review_round is None:
        raise NotFound(_("Review round %(pk)s was not found.") % {"pk": round_id}, field="round_id")
    return review_round


def _entry(review_round: ReviewRound, request, key: str) -> RoundMatter:
    matter = visible_matter(request.auth, key)
    entry = review_round.entries.filter(matter=matter).select_related("round").first()
    if entry is None:
        raise NotFound(_("Matter %(key)s is not in this round.") % {"key": key}, field="key")
    return entry


@router.get("", response={200: list[ReviewRoundOut], 403: ErrorOut}, summary="回访督查轮次 / List review rounds",
            description="The rounds over the caller's jurisdiction, newest period first. 本辖区的回访督查。")
def list_rounds(request):
    if not permissions.may_read_rounds(request.auth):
        raise NotAllowed(_("Only the city's staff read review rounds."))
    return list(rounds.visible_rounds(request.auth)[:200])


@router.post("", response={201: ReviewRoundDetailOut, **REFUSALS}, summary="开展回访督查 / Open a review round",
             description="A supervisor opens a round over a period and a region of their jurisdiction with its "
                         "group's members; the rules choose its matters. 督查组按规则选取事项。")
def create_round(request, payload: ReviewRoundIn):
    members = [user_by_id(pk, "members") for pk in dict.fromkeys(payload.members)]
    review_round = rounds.create_round(
        by=request.auth, title=payload.title, period_start=payload.period_start, period_end=payload.period_end,
        region=region_by_code(payload.region), members=members, rules=payload.rules,
    )
    return Status(201, review_round)


@router.get("/{round_id}", response={200: ReviewRoundDetailOut, 404: ErrorOut}, summary="轮次详情 / Read a review round")
def read_round(request, round_id: int):
    return _round(request, round_id)


@router.post("/{round_id}/matters", response={201: ReviewRoundMatterOut, **REFUSALS}, summary="增加事项 / Add a matter",
             description="Add a matter of the round's region by hand while the round is open. 手动增加督查事项。")
def add_matter(request, round_id: int, payload: ReviewRoundMatterIn):
    review_round = _round(request, round_id)
    return Status(201, rounds.add_matter(review_round, by=request.auth,
                                         matter=visible_matter(request.auth, payload.matter)))


@router.delete("/{round_id}/matters/{key}", response={204: None, **REFUSALS}, summary="移出事项 / Remove a matter",
               description="Take a matter not checked yet off an open round. 移出尚未回访的事项。")
def remove_matter(request, round_id: int, key: str):
    review_round = _round(request, round_id)
    rounds.remove_matter(review_round, by=request.auth, matter=visible_matter(request.auth, key))
    return Status(204, None)


@router.post("/{round_id}/matters/{key}/finding", response={200: ReviewRoundMatterOut, **REFUSALS},
             summary="记录督查结果 / Record a finding",
             description="A member records the on-site or phone check: a responded matter is reviewed, a resolved one "
                         "followed up (closed when solved, reopened when not); a matter still handled may be asked for "
                         "a work plan. 现场或电话回访结果，按事项流程调整状态。")
def record_finding(request, round_id: int, key: str, payload: ReviewFindingIn):
    entry = _entry(_round(request, round_id), request, key)
    return rounds.record_finding(
        entry, by=request.auth, method=payload.method, verdict=payload.verdict, checklist=payload.checklist,
        note=payload.note, plan_required=payload.plan_required, satisfaction=payload.satisfaction,
    )


@router.post("/{round_id}/finish", response={200: ReviewRoundDetailOut, **REFUSALS}, summary="结束轮次 / Finish the round")
def finish_round(request, round_id: int, payload: ReviewRoundFinishIn | None = None):
    payload = payload or ReviewRoundFinishIn()
    return rounds.finish_round(_round(request, round_id), by=request.auth, summary=payload.summary)


@router.get("/{round_id}/report", response={200: None, 404: ErrorOut, 422: ErrorOut},
            summary="督查报告 / The round's report (.docx or .pdf)")
def report(request, round_id: int, query: Query[ReviewRoundReportFormat]):
    review_round = _round(request, round_id)
    record_event("export", actor=request.auth, request=request, subject="supervision.round_report",
                 detail={"round": review_round.pk, "format": query.format})
    if query.format == "pdf":
        body, content_type = round_report_pdf(review_round), "application/pdf"
    else:
        body, content_type = round_report(review_round), DOCX
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="review-round-{review_round.pk}.{query.format}"'
    return response
