"""The promotion pipeline over the API: leads, their transitions and visits, the funnel; each call uses a service."""

from django.utils.translation import gettext as _
from ninja import Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, region_by_code
from huishang.api.schemas import Id, Text
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.directory.models import User
from huishang.promotion import landed, selectors, services
from huishang.promotion.permissions import may_read_pipeline
from huishang.promotion.schemas import (
    AdvanceIn, BusinessLineIn, BusinessLineOut, DropIn, EnterpriseLinkIn, FunnelRow, LeadDetail, LeadIn, LeadOut,
    LeadVisitIn, LeadVisitOut, OperationReportIn, OperationReportOut, OwnerIn, SeatPlanIn,
)

router = Router(tags=["promotion"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _readable(user):
    if not may_read_pipeline(user):
        raise NotAllowed(_("Your role does not follow investment promotion."))
    return selectors.visible_leads(user)


def _lead(user, pk: int):
    lead = _readable(user).filter(pk=pk).first()
    if lead is None:
        raise NotFound(_("Lead %(key)s was not found.") % {"key": pk})
    lead.stale = selectors.is_stale(lead)
    return lead


def _with_stale(leads):
    for lead in leads:
        lead.stale = selectors.is_stale(lead)
    return leads


@router.get("/leads", response={200: list[LeadOut], 403: ErrorOut}, summary="招商线索 / Leads",
            description="The leads of the caller's region; `stage` filters, `stale=true` keeps the stale ones. "
                        "本区域的招商线索。")
def list_leads(request, stage: Text(16) | None = None, stale: bool = False):
    leads = _readable(request.auth)
    if stage:
        leads = leads.filter(stage=stage)
    if stale:
        leads = selectors.stale_leads(leads)
    return _with_stale(list(leads))


@router.post("/leads", response={201: LeadDetail, **REFUSALS}, summary="登记对接企业 / Open a lead")
def open_lead(request, payload: LeadIn):
    owner = None
    if payload.owner is not None:
        owner = User.objects.filter(pk=payload.owner).first()
        if owner is None:
            raise ValidationError(_("Unknown user."), field="owner")
    region = region_by_code(payload.region)
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    lead = services.open_lead(
        by=request.auth, enterprise_name=payload.enterprise_name, project=payload.project, region=region,
        owner=owner, industry=payload.industry, planned_seats=payload.planned_seats, next_step=payload.next_step,
        next_step_due=payload.next_step_due, note=payload.note,
    )
    return Status(201, _lead(request.auth, lead.pk))


def _reportable(user, pk: int):
    """A lead of the caller's pipeline, or a landed project of the caller's own enterprise."""
    lead = selectors.readable_leads(user).filter(pk=pk).first()
    if lead is None:
        raise NotFound(_("Lead %(key)s was not found.") % {"key": pk})
    lead.stale = selectors.is_stale(lead)
    return lead


@router.get("/leads/{pk}", response={200: LeadDetail, 403: ErrorOut, 404: ErrorOut}, summary="线索详情 / Read a lead",
            description="A lead with its trail and, once landed, its operation reports, business lines and seat "
                        "plan changes; a landed project's enterprise reads its own. 线索详情及落地后运营情况。")
def read_lead(request, pk: Id):
    return _reportable(request.auth, pk)


@router.post("/leads/{pk}/advance", response={200: LeadDetail, **REFUSALS}, summary="推进阶段 / Move on one stage",
             description="contacted → negotiating → signed → landed; signing needs planned_seats. "
                         "对接 → 洽谈 → 签约 → 落地。")
def advance(request, pk: Id, payload: AdvanceIn):
    lead = _lead(request.auth, pk)
    if payload.version is not None:
        lead.version = payload.version
    services.advance(lead, by=request.auth, to=payload.to, note=payload.note, planned_seats=payload.planned_seats)
    return _lead(request.auth, pk)


@router.post("/leads/{pk}/drop", response={200: LeadDetail, **REFUSALS}, summary="终止线索 / Drop a lead",
             description="A lead not yet signed is given up with a reason; it still counts as contacted. "
                         "未签约的线索可终止，仍计入对接数。")
def drop(request, pk: Id, payload: DropIn):
    lead = _lead(request.auth, pk)
    if payload.version is not None:
        lead.version = payload.version
    services.drop(lead, by=request.auth, reason=payload.reason)
    return _lead(request.auth, pk)


@router.post("/leads/{pk}/owner", response={200: LeadDetail, **REFUSALS}, summary="变更负责人 / Change the owner")
def change_owner(request, pk: Id, payload: OwnerIn):
    lead = _lead(request.auth, pk)
    if payload.version is not None:
        lead.version = payload.version
    owner = User.objects.filter(pk=payload.owner).first()
    if owner is None:
        raise ValidationError(_("Unknown user."), field="owner")
    services.change_owner(lead, by=request.auth, owner=owner, note=payload.note)
    return _lead(request.auth, pk)


@router.post("/leads/{pk}/visits", response={201: LeadVisitOut, **REFUSALS}, summary="记录回访 / Record a visit")
def record_visit(request, pk: Id, payload: LeadVisitIn):
    visit = services.record_visit(
        _lead(request.auth, pk), by=request.auth, visited_on=payload.visited_on, notes=payload.notes,
        next_step=payload.next_step, next_step_due=payload.next_step_due,
    )
    return Status(201, visit)


@router.get("/funnel", response={200: list[FunnelRow], 403: ErrorOut}, summary="招商漏斗 / Funnel",
            description="Leads that reached each stage. 各阶段累计线索数。")
def funnel(request):
    return selectors.funnel(_readable(request.auth))


@router.post("/leads/{pk}/reports", response={201: OperationReportOut, **REFUSALS},
             summary="报送运营情况 / Report a landed project's period",
             description="Seats in use at the period's end, output value in the period (yuan), optionally the "
                         "year's expected output; by the office of the region or the linked enterprise. "
                         "落地项目按期报送席位、产值。")
def report_operation(request, pk: Id, payload: OperationReportIn):
    report = landed.report_operation(
        _reportable(request.auth, pk), by=request.auth, period_start=payload.period_start,
        period_end=payload.period_end, seats_actual=payload.seats_actual, output_value_yuan=payload.output_value_yuan,
        expected_year_output_yuan=payload.expected_year_output_yuan, note=payload.note)
    return Status(201, report)


@router.post("/leads/{pk}/business-lines", response={201: BusinessLineOut, **REFUSALS},
             summary="新增业务线 / Add a business line")
def add_business_line(request, pk: Id, payload: BusinessLineIn):
    line = landed.add_business_line(_reportable(request.auth, pk), by=request.auth, name=payload.name,
                                    started_on=payload.started_on)
    return Status(201, line)


@router.post("/leads/{pk}/seat-plan", response={200: LeadDetail, **REFUSALS}, summary="调整规划席位 / Revise the seats")
def revise_seat_plan(request, pk: Id, payload: SeatPlanIn):
    lead = _lead(request.auth, pk)
    if payload.version is not None:
        lead.version = payload.version
    landed.revise_seat_plan(lead, by=request.auth, planned_seats=payload.planned_seats, reason=payload.reason)
    return _lead(request.auth, pk)


@router.post("/leads/{pk}/enterprise", response={200: LeadDetail, **REFUSALS},
             summary="关联企业 / Link the enterprise record")
def link_enterprise(request, pk: Id, payload: EnterpriseLinkIn):
    lead = _lead(request.auth, pk)
    landed.link_enterprise(lead, by=request.auth, enterprise=organization_by_id(payload.enterprise, "enterprise"))
    return _lead(request.auth, pk)
