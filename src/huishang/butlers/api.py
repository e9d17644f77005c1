"""Butler operations: assigning enterprises, visits that raise matters, training records, figures."""

import datetime

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id
from huishang.api.schemas import NOTE_MAX, TEXT_MAX, Id, LocalDateTime, RequiredText, StrictSchema, Text
from huishang.butlers import services
from huishang.butlers.figures import butler_figures
from huishang.butlers.models import ServiceArea, Training, VisitFrequency
from huishang.butlers.permissions import may_read_all, role_of
from huishang.butlers.plan import visit_interval_days
from huishang.butlers.selectors import visible_visits, visit_plan_for, workbench
from huishang.core.errors import NotAllowed, ValidationError
from huishang.core.parsing import Day
from huishang.directory.models import Role, User
from huishang.figures.permissions import figures_scope_for

router = Router(tags=["butlers"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class VisitMatterRef(Schema):
    id: int
    number: str
    title: str
    state: str


class ButlerVisitOut(Schema):
    id: int
    butler: int = Field(alias="butler_id")
    enterprise: int = Field(alias="enterprise_id")
    enterprise_name: str = Field(alias="enterprise.name")
    visited_on: datetime.date
    people_met: str
    areas: list[str] = Field(alias="area_list")
    notes: str
    matters: list[VisitMatterRef]
    recorded_at: LocalDateTime

    @staticmethod
    def resolve_matters(visit):
        return list(visit.matters.all())


class VisitProblemIn(StrictSchema):
    title: RequiredText(200)
    description: RequiredText(TEXT_MAX)
    category: RequiredText(32) = Field(description="category code, e.g. talent")


class ButlerVisitIn(StrictSchema):
    enterprise: Id
    visited_on: Day
    people_met: RequiredText(200)
    areas: list[Text(40)] = Field(description="of: " + ", ".join(ServiceArea.values))
    notes: Text(TEXT_MAX) = ""
    problems: list[VisitProblemIn] = []


class CareIn(StrictSchema):
    enterprise: Id
    butler: Id
    note: Text(NOTE_MAX) = ""


class CareOut(Schema):
    id: int
    enterprise: int = Field(alias="enterprise_id")
    butler: int = Field(alias="butler_id")
    started_at: LocalDateTime
    ended_at: LocalDateTime | None


class TrainingIn(StrictSchema):
    butler: Id
    topic: RequiredText(20) = Field(description="of: " + ", ".join(Training.Topic.values))
    title: RequiredText(200)
    held_on: Day
    hours: float = Field(ge=0.5, le=200)


class TrainingOut(Schema):
    id: int
    butler: int = Field(alias="butler_id")
    topic: str
    title: str
    held_on: datetime.date
    hours: float


class WorkbenchRow(Schema):
    enterprise: int
    enterprise_name: str
    last_visit: datetime.date | None
    next_visit: datetime.date
    visit_due: bool
    overdue: bool
    open_matters: int


class VisitPlanRow(Schema):
    enterprise: int
    enterprise_name: str
    butler: int
    butler_name: str
    last_visit: datetime.date | None
    due: datetime.date
    overdue: bool
    days_overdue: int


class VisitPlanFilters(StrictSchema):
    overdue: bool = False


class VisitFrequencyIn(StrictSchema):
    days: int = Field(description="1 to 366")
    note: Text(NOTE_MAX) = ""


class VisitFrequencyOut(Schema):
    days: int
    set_at: LocalDateTime | None
    set_by: str


class FigureFilters(StrictSchema):
    date_from: Day | None = Field(None, alias="from")
    date_to: Day | None = Field(None, alias="to")
    region: Text(12) | None = None


def _butler_by_id(pk: int) -> User:
    butler = User.objects.filter(pk=pk).first()
    if butler is None:
        raise ValidationError(_("Unknown butler."), field="butler")
    return butler


@router.get("/visits", response=list[ButlerVisitOut], summary="走访记录 / List visits",
            description="A butler's own visits; the enterprise's for its contact; staff: visits in their region.")
def list_visits(request):
    return list(visible_visits(request.auth)[:500])


@router.get("/visits/{pk}", response={200: ButlerVisitOut, 404: ErrorOut}, summary="走访详情 / Read a visit")
def read_visit(request, pk: int):
    return get_object_or_404(visible_visits(request.auth), pk=pk)


@router.post("/visits", response={201: ButlerVisitOut, **REFUSALS}, summary="记录走访 / Record a visit",
             description="A butler records a visit to an enterprise in their care; each problem becomes a matter "
                         "(source butler) linked to the visit. 走访发现的问题各成为一件事项。")
def record_visit(request, payload: ButlerVisitIn):
    visit = services.record_visit(
        by=request.auth, enterprise=organization_by_id(payload.enterprise, "enterprise"),
        visited_on=payload.visited_on, people_met=payload.people_met, areas=payload.areas, notes=payload.notes,
        problems=[problem.dict() for problem in payload.problems],
    )
    return Status(201, visible_visits(request.auth).get(pk=visit.pk))


@router.post("/cares", response={201: CareOut, **REFUSALS}, summary="指派企业管家 / Assign a butler",
             description="The service office assigns a butler to an enterprise; the previous one's care ends and is "
                         "kept as history. 重新指派保留历史。")
def assign_butler(request, payload: CareIn):
    care = services.assign_butler(
        by=request.auth, enterprise=organization_by_id(payload.enterprise, "enterprise"),
        butler=_butler_by_id(payload.butler), note=payload.note,
    )
    return Status(201, care)


@router.post("/trainings", response={201: TrainingOut, **REFUSALS}, summary="记录培训 / Record a training")
def record_training(request, payload: TrainingIn):
    training = services.record_training(
        by=request.auth, butler=_butler_by_id(payload.butler), topic=payload.topic, title=payload.title,
        held_on=payload.held_on, hours=payload.hours,
    )
    return Status(201, training)


@router.get("/workbench", response={200: list[WorkbenchRow], 403: ErrorOut}, summary="管家工作台 / Butler workbench",
            description="The caller's enterprises in care, last visit, next visit due and open matters.")
def butler_workbench(request):
    if request.auth.role != Role.BUTLER:
        raise NotAllowed(_("Only a butler has a butler workbench."))
    return [
        {"enterprise": row.enterprise.pk, "enterprise_name": row.enterprise.name, "last_visit": row.last_visit,
         "next_visit": row.next_visit, "visit_due": row.visit_due, "overdue": row.overdue,
         "open_matters": row.open_matters}
        for row in workbench(request.auth)
    ]


@router.get("/plan", response={200: list[VisitPlanRow], 403: ErrorOut}, summary="走访计划 / Visit plan",
            description="Today's visit plan: each enterprise in care, its last visit by its butler, the day the next "
                        "visit is due and whether it is overdue (逾期未走访). A butler's own; staff: their jurisdiction.")
def visit_plan(request, filters: Query[VisitPlanFilters]):
    user = request.auth
    if not (may_read_all(user) or role_of(user) == Role.BUTLER):
        raise NotAllowed(_("Only butlers and the staff over them read visit plans."))
    return [
        {"enterprise": row.care.enterprise_id, "enterprise_name": row.enterprise.name, "butler": row.care.butler_id,
         "butler_name": row.butler.get_full_name(), "last_visit": row.last_visit, "due": row.due,
         "overdue": row.overdue, "days_overdue": row.days_overdue}
        for row in visit_plan_for(user, overdue_only=filters.overdue)
    ]


def _frequency_out() -> dict:
    latest = VisitFrequency.objects.select_related("set_by").first()
    return {"days": visit_interval_days(), "set_at": latest.set_at if latest else None,
            "set_by": latest.set_by.get_full_name() if latest else ""}


@router.get("/visit-frequency", response={200: VisitFrequencyOut, 403: ErrorOut},
            summary="走访频次 / Read the visit frequency",
            description="How often every enterprise in care is to be visited, and who set it (none: the default).")
def read_visit_frequency(request):
    if not (may_read_all(request.auth) or role_of(request.auth) == Role.BUTLER):
        raise NotAllowed(_("Only butlers and the staff over them read visit plans."))
    return _frequency_out()


@router.post("/visit-frequency", response={201: VisitFrequencyOut, **REFUSALS},
             summary="设置走访频次 / Set the visit frequency",
             description="The service office sets how often every enterprise in care is to be visited, 1 to 366 "
                         "days, from now on.")
def set_visit_frequency(request, payload: VisitFrequencyIn):
    services.set_visit_frequency(by=request.auth, days=payload.days, note=payload.note)
    return Status(201, _frequency_out())


@router.get("/figures", response={200: dict, 403: ErrorOut, 422: ErrorOut}, summary="管家服务统计 / Butler figures",
            description="Enterprises covered, butlers, visits, problems raised by butlers and their resolution, "
                        "by butler and unit; the same as `huishang stats --json` under `butlers`.")
def figures(request, filters: Query[FigureFilters]):
    scope = figures_scope_for(request.auth, date_from=filters.date_from, date_to=filters.date_to,
                              region=filters.region)
    return butler_figures(scope)["butlers"]
