"""派单目录 under /api/v1/routing-table; 改派 and 协办 as transitions under /api/v1/matters/{key}/…"""

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, organizations_by_id, region_by_code, visible_matter
from huishang.api.matter_schemas import Expecting, MatterDetail
from huishang.api.matters import _expecting as expecting
from huishang.api.schemas import (
    NOTE_MAX, TEXT_MAX, CategoryRef, Id, LocalDateTime, OrganizationRef, PersonRef, RegionRef, RequiredText,
    StrictSchema, Text,
)
from huishang.cases.models import Category
from huishang.cases.selectors import current_assignment
from huishang.core.errors import NotAllowed, NotFound, ValidationError
from huishang.core.parsing import Day
from huishang.dispatch import selectors, services
from huishang.dispatch.models import RoutingEntry
from huishang.dispatch.services import WORKING_DAYS_MAX
from huishang.workdays.calendar import due_in_working_days

router = Router(tags=["routing table"])
matters_router = Router(tags=["matters"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class RoutingEntryOut(Schema):
    id: int
    category: CategoryRef
    region: RegionRef
    lead_unit: OrganizationRef
    supporting_units: list[OrganizationRef]
    working_days: int
    updated_at: LocalDateTime

    @staticmethod
    def resolve_supporting_units(obj) -> list:
        return list(obj.supporting_units.all())


class RoutingTablePage(Schema):
    items: list[RoutingEntryOut]
    count: int
    page: int
    page_size: int


class RoutingTableFilters(StrictSchema):
    category: Text(32) | None = Field(None, description="category code, e.g. talent")
    region: Text(12) | None = Field(None, description="region code (GB/T 2260); covers the regions inside it")
    unit: Id | None = Field(None, description="a unit id, lead or supporting")
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(50, ge=1, le=200)


class RoutingEntryIn(StrictSchema):
    category: RequiredText(32) = Field(description="category code, e.g. talent")
    region: RequiredText(12) = Field(description="region code (GB/T 2260): the entry serves it and the regions "
                                                 "inside it that have no entry of their own")
    lead_unit: Id
    supporting_units: list[Id] = []
    working_days: int = Field(ge=1, le=WORKING_DAYS_MAX, description="办结 time limit in working days")


class RoutingEntryPatch(StrictSchema):
    category: RequiredText(32) | None = None
    region: RequiredText(12) | None = None
    lead_unit: Id | None = None
    supporting_units: list[Id] | None = None
    working_days: int | None = Field(None, ge=1, le=WORKING_DAYS_MAX)


def _keeper(request):
    if not selectors.keeps_table(request.auth):
        raise NotAllowed(_("Only the service office keeps the routing table."))
    return request.auth


def _entry(request, entry_id: int) -> RoutingEntry:
    entry = selectors.visible_entries(_keeper(request)).filter(pk=entry_id).first()
    if entry is None:
        raise NotFound(_("Routing entry %(id)s was not found.") % {"id": entry_id}, field="entry_id")
    return entry


def _category(code: str) -> Category:
    category = Category.objects.filter(code=code).first()
    if category is None:
        raise ValidationError(_("Unknown category %(code)s.") % {"code": code}, field="category")
    return category


def _fields(payload) -> dict:
    return {
        "category": _category(payload.category), "region": region_by_code(payload.region),
        "lead_unit": organization_by_id(payload.lead_unit, "lead_unit"),
        "supporting_units": organizations_by_id(payload.supporting_units, "supporting_units"),
        "working_days": payload.working_days,
    }


@router.get("", response={200: RoutingTablePage, 403: ErrorOut, 422: ErrorOut}, summary="派单目录 / Routing table",
            description="The entries of the caller's jurisdiction (service office, administrator). "
                        "类别 × 区域 → 牵头单位、配合单位、办结时限。")
def list_entries(request, filters: Query[RoutingTableFilters]):
    entries = selectors.filter_entries(
        selectors.visible_entries(_keeper(request)), category=filters.category, region=filters.region,
        unit=filters.unit,
    )
    start = (filters.page - 1) * filters.page_size
    return {"items": list(entries[start:start + filters.page_size]), "count": entries.count(),
            "page": filters.page, "page_size": filters.page_size}


@router.post("", response={201: RoutingEntryOut, **REFUSALS}, summary="新增派单目录条目 / Add a routing entry",
             description="One entry per category and region, inside the caller's jurisdiction. 每个类别与区域一条。")
def create_entry(request, payload: RoutingEntryIn):
    return Status(201, services.create_entry(by=_keeper(request), **_fields(payload)))


@router.put("/{entry_id}", response={200: RoutingEntryOut, **REFUSALS}, summary="修改派单目录条目 / Replace a routing entry")
def replace_entry(request, entry_id: Id, payload: RoutingEntryIn):
    return services.update_entry(_entry(request, entry_id), by=request.auth, **_fields(payload))


@router.patch("/{entry_id}", response={200: RoutingEntryOut, **REFUSALS},
              summary="部分修改派单目录条目 / Change a routing entry", description="Fields left out stay as they are.")
def change_entry(request, entry_id: Id, payload: RoutingEntryPatch):
    entry = _entry(request, entry_id)
    given = payload.dict(exclude_unset=True)
    fields = {
        "category": _category(payload.category) if payload.category else entry.category,
        "region": region_by_code(payload.region) if payload.region else entry.region,
        "lead_unit": organization_by_id(payload.lead_unit, "lead_unit") if payload.lead_unit else entry.lead_unit,
        "supporting_units": organizations_by_id(payload.supporting_units, "supporting_units")
        if given.get("supporting_units") is not None else list(entry.supporting_units.all()),
        "working_days": payload.working_days or entry.working_days,
    }
    return services.update_entry(entry, by=request.auth, **fields)


@router.delete("/{entry_id}", response={204: None, **REFUSALS}, summary="删除派单目录条目 / Remove a routing entry")
def delete_entry(request, entry_id: Id):
    services.delete_entry(_entry(request, entry_id), by=request.auth)
    return Status(204, None)


class ReassignIn(Expecting):
    lead_unit: Id
    supporting_units: list[Id] = []
    due: Day | None = Field(None, description="the new unit's deadline; or give working_days instead")
    working_days: int | None = Field(None, ge=1, le=365, description="deadline this many working days from today")
    reason: RequiredText(NOTE_MAX)


class OpinionIn(StrictSchema):
    content: RequiredText(TEXT_MAX)


class OpinionOut(Schema):
    id: int
    unit: OrganizationRef
    content: str
    filed_by: PersonRef
    filed_at: LocalDateTime


class OpinionsOut(Schema):
    due: datetime.date | None = Field(description="the supporting units' limit on the current assignment")
    opinions: list[OpinionOut]
    missing: list[OrganizationRef] = Field(description="supporting units that have not filed their opinion")
    overdue: bool = Field(description="true when the limit has passed and an opinion is missing")


@matters_router.post("/{key}/reassign", response={200: MatterDetail, **REFUSALS}, summary="改派 / Reassign",
                     description="The office moves a matter being handled (assigned or in progress) to another unit, "
                                 "with a reason; the old unit's assignment ends and the new unit signs for it. "
                                 "服务专班将办理中的事项改派给其他单位，须说明理由。")
def reassign(request, key: str, payload: ReassignIn):
    matter = expecting(request, key, payload)
    services.reassign(
        matter, by=request.auth, lead_unit=organization_by_id(payload.lead_unit, "lead_unit"),
        supporting_units=organizations_by_id(payload.supporting_units, "supporting_units"),
        due=payload.due or (due_in_working_days(payload.working_days) if payload.working_days else None),
        reason=payload.reason,
    )
    return matter


def _opinions(matter) -> dict:
    assignment = current_assignment(matter)
    if assignment is None:
        return {"due": None, "opinions": [], "missing": [], "overdue": False}
    return {
        "due": selectors.opinion_due(assignment), "opinions": selectors.opinions_of(assignment),
        "missing": selectors.units_without_opinion(assignment), "overdue": bool(selectors.overdue_opinions(assignment)),
    }


@matters_router.get("/{key}/opinions", response={200: OpinionsOut, 404: ErrorOut}, summary="协办意见 / Supporting opinions",
                    description="The supporting units' opinions on the current assignment, and who has not filed one. "
                                "当前交办的配合单位意见及未提交单位。")
def list_opinions(request, key: str):
    return _opinions(visible_matter(request.auth, key))


@matters_router.post("/{key}/opinions", response={201: OpinionsOut, **REFUSALS},
                     summary="提交协办意见 / File a supporting opinion",
                     description="A supporting unit of the current assignment, once. 配合单位提交协办意见（每次交办一次）。")
def file_opinion(request, key: str, payload: OpinionIn):
    matter = visible_matter(request.auth, key)
    services.file_opinion(matter, by=request.auth, content=payload.content)
    return Status(201, _opinions(matter))
