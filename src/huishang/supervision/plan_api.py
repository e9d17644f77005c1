"""A matter's work plan (细化工作措施) over the API, beside the matter's other operations: read it, the lead unit
submits or replaces it, the service office approves or returns it, the unit reports progress. Each calls the
service of supervision/plans.py."""

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import visible_matter
from huishang.api.schemas import NOTE_MAX, LocalDateTime, PersonRef, RequiredText, StrictSchema, Text
from huishang.core.errors import ValidationError
from huishang.core.parsing import Day
from huishang.supervision import plans
from huishang.supervision.models import WorkPlan

router = Router(tags=["work plans"])

REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class WorkPlanMilestoneIn(StrictSchema):
    title: RequiredText(plans.MILESTONE_TITLE_MAX)
    due: Day


class WorkPlanIn(StrictSchema):
    measures: RequiredText(plans.MEASURES_MAX)
    milestones: list[WorkPlanMilestoneIn] = Field(..., min_length=1, max_length=plans.MILESTONES_MAX)


class WorkPlanDecisionIn(StrictSchema):
    approve: bool
    note: Text(NOTE_MAX) = Field("", description="the reason, required when the plan is returned")


class WorkPlanProgressIn(StrictSchema):
    content: RequiredText(plans.PROGRESS_MAX)
    milestone: int | None = Field(None, description="id of the plan's milestone the report is about")
    reached: bool = Field(False, description="the milestone is reached: it no longer counts as missed")


class WorkPlanMilestoneOut(Schema):
    id: int
    title: str
    due: datetime.date
    reached_at: LocalDateTime | None


class WorkPlanProgressOut(Schema):
    id: int
    milestone: int | None = Field(None, alias="milestone_id")
    content: str
    by: PersonRef
    at: LocalDateTime


class WorkPlanOut(Schema):
    id: int
    matter: str
    status: str = Field(description="submitted (waiting for the office), approved, returned")
    measures: str
    submitted_by: PersonRef
    submitted_at: LocalDateTime
    decided_by: PersonRef | None
    decided_at: LocalDateTime | None
    decision_note: str
    milestones: list[WorkPlanMilestoneOut]
    progress_reports: list[WorkPlanProgressOut]

    @staticmethod
    def resolve_matter(obj) -> str:
        return obj.matter.number

    @staticmethod
    def resolve_milestones(obj):
        return list(obj.milestones.all())

    @staticmethod
    def resolve_progress_reports(obj):
        return list(obj.progress_reports.select_related("by"))


def _plan(request, key: str) -> WorkPlan:
    return plans.plan_of(visible_matter(request.auth, key), user=request.auth)


@router.get("/{key}/plan", response={200: WorkPlanOut, 403: ErrorOut, 404: ErrorOut},
            summary="工作方案 / Read the work plan",
            description="The matter's plan in force (waiting, approved or returned) with its milestones and progress "
                        "reports; 404 when it has none. 事项当前的工作方案、节点与阶段性进展。")
def read_plan(request, key: str):
    return _plan(request, key)


@router.post("/{key}/plan", response={201: WorkPlanOut, **REFUSALS}, summary="提交工作方案 / Submit the work plan",
             description="The lead unit submits its measures and dated milestones; a new submission replaces the plan "
                         "before and waits for the service office. An approved plan's missed milestone is carded as a "
                         "missed deadline. 牵头单位提交细化工作措施，重新提交即替换原方案。")
def submit_plan(request, key: str, payload: WorkPlanIn):
    matter = visible_matter(request.auth, key)
    plan = plans.submit_plan(matter, by=request.auth, measures=payload.measures,
                             milestones=[(row.due, row.title) for row in payload.milestones])
    return Status(201, plan)


@router.post("/{key}/plan/decision", response={200: WorkPlanOut, **REFUSALS}, summary="审核工作方案 / Approve or return",
             description="The service office approves the plan waiting for it, or returns it with a reason. "
                         "工作专班审核通过或退回（须说明理由）。")
def decide_plan(request, key: str, payload: WorkPlanDecisionIn):
    return plans.decide_plan(_plan(request, key), by=request.auth, approve=payload.approve, note=payload.note)


@router.post("/{key}/plan/progress", response={201: WorkPlanOut, **REFUSALS}, summary="报告进展 / Report progress",
             description="The lead unit reports progress on its approved plan, about a milestone (which it may mark "
                         "reached) or the plan as a whole. 牵头单位报告阶段性进展。")
def report_progress(request, key: str, payload: WorkPlanProgressIn):
    plan = _plan(request, key)
    milestone = None
    if payload.milestone is not None:
        milestone = plan.milestones.filter(pk=payload.milestone).first()
        if milestone is None:
            raise ValidationError(_("Choose a milestone of this plan."), field="milestone")
    plans.report_progress(plan, by=request.auth, content=payload.content, milestone=milestone,
                          reached=payload.reached)
    return Status(201, plan)
