"""API of the internship bases and the subsidy ledger, under /api/v1/employment/: the same services as the pages.
Personal data leaves masked."""

import datetime

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from pydantic import StrictBool

from huishang.api.errors import ErrorOut
from huishang.api.lookups import organization_by_id, region_by_code
from huishang.api.schemas import (
    NOTE_MAX, Id, LocalDateTime, OrganizationRef, RegionRef, RequiredText, StrictSchema, Text,
)
from huishang.audit.log import record_event
from huishang.core.errors import ValidationError
from huishang.core.masking import mask_id_number, mask_phone
from huishang.core.parsing import Day
from huishang.employment import internships, selectors, subsidies
from huishang.employment.models import InternshipPost
from huishang.employment.permissions import visible_bases, visible_subsidies
from huishang.employment.subsidy_excel import export_subsidies

router = Router(tags=["internships and subsidies"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class InternshipBaseOut(Schema):
    id: int
    enterprise: OrganizationRef
    region: RegionRef
    state: str
    application: str
    applied_at: LocalDateTime
    reviewed_at: LocalDateTime | None
    refusal_reason: str
    recognised_on: datetime.date | None
    valid_until: datetime.date | None
    version: int


class InternshipApplicationIn(StrictSchema):
    enterprise: Id
    application: Text(NOTE_MAX) = ""


class RecognitionIn(StrictSchema):
    recognised_on: Day
    valid_until: Day


class BaseRefusalIn(StrictSchema):
    reason: RequiredText(NOTE_MAX)


class InternshipPostIn(StrictSchema):
    title: RequiredText(100)
    places: int = Field(ge=1, le=10_000)
    description: Text(NOTE_MAX) = ""


class InternshipPostOut(Schema):
    id: int
    title: str
    places: int
    description: str


class InternIn(StrictSchema):
    name: RequiredText(64)
    id_number: RequiredText(18)
    phone: Text(20) = ""
    post: Id | None = None
    starts_on: Day
    ends_on: Day


class InternOut(Schema):
    id: int
    base: int = Field(alias="base_id")
    name: str
    id_number: str
    phone: str
    starts_on: datetime.date
    ends_on: datetime.date
    outcome: str
    left_on: datetime.date | None
    hired_after: bool | None

    @staticmethod
    def resolve_id_number(intern):
        return mask_id_number(intern.id_number)

    @staticmethod
    def resolve_phone(intern):
        return mask_phone(intern.phone)


class LeftEarlyIn(StrictSchema):
    left_on: Day


class HiredAfterIn(StrictSchema):
    hired: StrictBool  # true or false, not 0 or "yes"


class SubsidyIn(StrictSchema):
    kind: RequiredText(24) = Field(description="internship, hiring_reward or social_insurance")
    beneficiary: RequiredText(16) = Field(description="person or enterprise")
    intern: Id | None = Field(None, description="required for an internship subsidy")
    enterprise: Id | None = None
    person_name: Text(64) = ""
    person_id_number: Text(18) = ""
    region: Text(12) = Field("", description="GB/T 2260 code; taken from the intern or the enterprise when empty")
    basis: Text(NOTE_MAX) = ""
    period_from: Day
    period_to: Day
    amount_fen: int = Field(ge=1, le=10_000_000_000, description="in fen (1 yuan = 100 fen)")
    paid_on: Day | None = None


class SubsidyOut(Schema):
    id: int
    kind: str
    beneficiary: str
    enterprise: OrganizationRef | None
    person_name: str
    person_id_number: str
    intern: int | None = Field(alias="intern_id")
    region: RegionRef
    basis: str
    period_from: datetime.date
    period_to: datetime.date
    amount_fen: int
    approved_at: LocalDateTime
    approved_by: str
    paid_on: datetime.date | None

    @staticmethod
    def resolve_person_id_number(subsidy):
        return mask_id_number(subsidy.person_id_number)

    @staticmethod
    def resolve_approved_by(subsidy):
        return str(subsidy.approved_by)


class PaymentIn(StrictSchema):
    paid_on: Day


class KindTotalOut(Schema):
    kind: str
    count: int
    amount_fen: int
    paid_fen: int


class SubsidyTotalsOut(Schema):
    kinds: list[KindTotalOut]
    count: int
    amount_fen: int
    paid_fen: int


class SubsidyFilter(Schema):
    kind: Text(24) = ""
    date_from: Day | None = Field(None, description="approved on or after")
    date_to: Day | None = Field(None, description="approved on or before")


@router.get("/internship-bases", response=list[InternshipBaseOut], summary="见习基地 / Internship bases")
def list_bases(request):
    return list(visible_bases(request.auth)[:500])


@router.post("/internship-bases", response={201: InternshipBaseOut, **REFUSALS},
             summary="申请认定见习基地 / Apply to be an internship base")
def apply(request, payload: InternshipApplicationIn):
    enterprise = organization_by_id(payload.enterprise, "enterprise")
    return Status(201, internships.apply_for_base(by=request.auth, enterprise=enterprise,
                                                  application=payload.application))


@router.get("/internship-bases/{pk}", response={200: InternshipBaseOut, 404: ErrorOut},
            summary="见习基地详情 / An internship base")
def read_base(request, pk: int):
    return selectors.base_for(request.auth, pk)


@router.post("/internship-bases/{pk}/recognise", response={200: InternshipBaseOut, **REFUSALS},
             summary="认定见习基地 / Recognise a base")
def recognise(request, pk: int, payload: RecognitionIn):
    base = selectors.base_for(request.auth, pk)
    return internships.recognise_base(base, by=request.auth, **payload.dict())


@router.post("/internship-bases/{pk}/refuse", response={200: InternshipBaseOut, **REFUSALS},
             summary="不予认定 / Refuse an application")
def refuse(request, pk: int, payload: BaseRefusalIn):
    return internships.refuse_base(selectors.base_for(request.auth, pk), by=request.auth, reason=payload.reason)


@router.get("/internship-bases/{pk}/posts", response={200: list[InternshipPostOut], 404: ErrorOut},
            summary="见习岗位 / A base's posts")
def list_posts(request, pk: int):
    return list(selectors.base_for(request.auth, pk).posts.all())


@router.post("/internship-bases/{pk}/posts", response={201: InternshipPostOut, **REFUSALS},
             summary="发布见习岗位 / Offer a post")
def add_post(request, pk: int, payload: InternshipPostIn):
    base = selectors.base_for(request.auth, pk)
    return Status(201, internships.add_post(by=request.auth, base=base, **payload.dict()))


@router.get("/internship-bases/{pk}/interns", response={200: list[InternOut], 404: ErrorOut},
            summary="见习人员 / A base's interns (masked)")
def list_interns(request, pk: int):
    return list(selectors.base_for(request.auth, pk).interns.all()[:1000])


@router.post("/internship-bases/{pk}/interns", response={201: InternOut, **REFUSALS},
             summary="登记见习人员 / Record an intern")
def record_intern(request, pk: int, payload: InternIn):
    base = selectors.base_for(request.auth, pk)
    data = payload.dict()
    post_id = data.pop("post")
    post = InternshipPost.objects.filter(pk=post_id).first() if post_id else None
    if post_id and post is None:
        raise ValidationError(_("This post belongs to another base."), field="post")
    return Status(201, internships.record_intern(by=request.auth, base=base, post=post, **data))


@router.post("/interns/{pk}/complete", response={200: InternOut, **REFUSALS}, summary="见习期满 / Completed")
def complete(request, pk: int):
    return internships.complete_internship(selectors.intern_for(request.auth, pk), by=request.auth)


@router.post("/interns/{pk}/leave", response={200: InternOut, **REFUSALS}, summary="提前离岗 / Left early")
def leave(request, pk: int, payload: LeftEarlyIn):
    return internships.leave_early(selectors.intern_for(request.auth, pk), by=request.auth, left_on=payload.left_on)


@router.post("/interns/{pk}/hired", response={200: InternOut, **REFUSALS},
             summary="见习后是否留用 / Hired afterwards")
def hired(request, pk: int, payload: HiredAfterIn):
    return internships.record_hired_after(selectors.intern_for(request.auth, pk), by=request.auth,
                                          hired=payload.hired)


@router.get("/subsidies", response=list[SubsidyOut], summary="补贴台账 / The subsidy ledger")
def list_subsidies(request, filters: Query[SubsidyFilter]):
    rows = selectors.filter_subsidies(visible_subsidies(request.auth), **filters.dict())
    return list(rows[:1000])


@router.get("/subsidies/totals", response=SubsidyTotalsOut, summary="补贴分类汇总 / Totals by kind")
def totals(request, filters: Query[SubsidyFilter]):
    return subsidies.totals_by_kind(selectors.filter_subsidies(visible_subsidies(request.auth), **filters.dict()))


@router.get("/subsidies/export", summary="导出补贴台账 / Export the ledger (.xlsx, masked)")
def export(request, filters: Query[SubsidyFilter]):
    criteria = filters.dict()
    rows = selectors.filter_subsidies(visible_subsidies(request.auth), **criteria)
    record_event("export", request=request, subject="employment.subsidies", detail={"format": "xlsx"})
    period = f"{criteria['date_from'] or '—'} 至 {criteria['date_to'] or '—'}"
    filed_by = request.auth.organization.name if request.auth.organization_id else str(request.auth)
    response = HttpResponse(export_subsidies(rows, filed_by=filed_by, period=period), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="subsidies.xlsx"'
    return response


@router.post("/subsidies", response={201: SubsidyOut, **REFUSALS},
             summary="登记补贴 / Enter a subsidy",
             description="Refused with code `ineligible` and the rule's name when it breaks an eligibility rule.")
def enter_subsidy(request, payload: SubsidyIn):
    data = payload.dict()
    data["intern"] = selectors.intern_for(request.auth, data["intern"]) if data["intern"] else None
    data["enterprise"] = organization_by_id(data["enterprise"], "enterprise")
    data["region"] = region_by_code(data["region"])
    return Status(201, subsidies.record_subsidy(by=request.auth, **data))


@router.get("/subsidies/{pk}", response={200: SubsidyOut, 404: ErrorOut}, summary="补贴详情 / A subsidy")
def read_subsidy(request, pk: int):
    return selectors.subsidy_for(request.auth, pk)


@router.post("/subsidies/{pk}/payment", response={200: SubsidyOut, **REFUSALS}, summary="发放 / Record the payment")
def pay(request, pk: int, payload: PaymentIn):
    return subsidies.record_payment(selectors.subsidy_for(request.auth, pk), by=request.auth, paid_on=payload.paid_on)
