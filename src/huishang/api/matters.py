"""Matter operations: list, submit, read, and one operation per transition; each calls a service."""

from ninja import Query, Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import (
    organization_by_id, organizations_by_id, region_by_code, visible_matter,
)
from huishang.api.matter_schemas import (
    AssignIn, ContactIn, ContactOut, MatterDetail, MatterFilters, MatterIn, MatterPage, MergeIn, NoteIn, ReasonIn,
    RespondIn, ReviewIn,
)
from huishang.cases import selectors, services
from huishang.cases.models import Matter
from huishang.dispatch.services import assignment_defaults
from huishang.insight import search
from huishang.knowledge import services as knowledge_services
from huishang.workdays.calendar import due_in_working_days

router = Router(tags=["matters"])

REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _expecting(request, key, payload) -> Matter:
    """The matter to change, holding the version the client read so the service refuses a stale write."""
    matter = visible_matter(request.auth, key)
    # A refusal for a conflict answers with the matter's state and version now (api/errors.py).
    request.matter_in_question = matter
    if payload.version is not None:
        matter.version = payload.version
    return matter


@router.get("", response=MatterPage, summary="事项列表 / List matters",
            description="Only the matters the caller may see (own enterprise, assigned unit, region). "
                        "仅返回调用者有权查看的事项。")
def list_matters(request, filters: Query[MatterFilters]):
    matters = selectors.filter_matters(
        selectors.visible_matters(request.auth), state=filters.state, kind=filters.kind, category=filters.category,
        region=filters.region, unit=filters.unit, enterprise=filters.enterprise, q=filters.q, sort=filters.sort,
    )
    start = (filters.page - 1) * filters.page_size
    count = matters.count()
    return {
        "items": list(matters[start:start + filters.page_size]),
        "count": count,
        "count_capped": bool(filters.q) and count >= search.RESULTS_CAP,
        "page": filters.page,
        "page_size": filters.page_size,
    }


@router.post("", response={201: MatterDetail, 403: ErrorOut, 422: ErrorOut}, summary="提交事项 / Submit a matter",
             description="An enterprise contact raises a matter for its own enterprise; butlers and the office "
                         "name the enterprise. 企业联系人为本企业提交诉求。")
def submit_matter(request, payload: MatterIn):
    matter = services.submit_matter(
        by=request.auth, title=payload.title, description=payload.description, category=payload.category,
        kind=payload.kind, source=payload.source, enterprise=organization_by_id(payload.enterprise, "enterprise"),
        region=region_by_code(payload.region), urgency=payload.urgency,
    )
    return Status(201, matter)


@router.get("/{key}", response={200: MatterDetail, 404: ErrorOut}, summary="事项详情 / Read a matter",
            description="By id or number (HS-YYYY-NNNNNN), with trail, assignments, responses and reviews. "
                        "Answers 404 also when the caller may not see it. 含流转记录、交办、答复与复核。")
def read_matter(request, key: str):
    return visible_matter(request.auth, key)


@router.post("/{key}/accept", response={200: MatterDetail, **REFUSALS}, summary="受理 / Accept")
def accept(request, key: str, payload: NoteIn | None = None):
    payload = payload or NoteIn()
    return services.accept(_expecting(request, key, payload), by=request.auth, note=payload.note)


@router.post("/{key}/reject", response={200: MatterDetail, **REFUSALS}, summary="不予受理 / Reject",
             description="A reason is required. 须说明理由。")
def reject(request, key: str, payload: ReasonIn):
    return services.reject(_expecting(request, key, payload), by=request.auth, reason=payload.reason)


@router.post("/{key}/merge", response={200: MatterDetail, **REFUSALS}, summary="合并重复件 / Merge into another",
             description="`into` is the id or number of the earlier matter. into 为原事项的编号或 id。")
def merge(request, key: str, payload: MergeIn):
    matter = _expecting(request, key, payload)
    into = selectors.matter_to_link(request.auth, payload.into, field="into")
    return services.merge(matter, by=request.auth, into=into, note=payload.note)


@router.post("/{key}/assign", response={200: MatterDetail, **REFUSALS}, summary="交办 / Assign",
             description="One lead unit, any supporting units, a deadline (YYYY-MM-DD) or a number of working days; what is "
                         "left out comes from the routing table (派单目录) of the matter's category and region. "
                         "指定牵头单位、配合单位和办理时限（日期或工作日数），未填写的取自派单目录。")
def assign(request, key: str, payload: AssignIn):
    matter = _expecting(request, key, payload)
    supporting = payload.supporting_units
    lead_unit, supporting, due = assignment_defaults(
        matter, by=request.auth, lead_unit=organization_by_id(payload.lead_unit, "lead_unit"),
        supporting_units=None if supporting is None else organizations_by_id(supporting, "supporting_units"),
        due=payload.due or (due_in_working_days(payload.working_days) if payload.working_days else None),
    )
    services.assign(
        matter, by=request.auth, lead_unit=lead_unit, supporting_units=supporting, due=due, note=payload.note,
        urgency=payload.urgency,
    )
    return matter


@router.post("/{key}/acknowledge", response={200: MatterDetail, **REFUSALS}, summary="签收 / Acknowledge")
def acknowledge(request, key: str, payload: NoteIn | None = None):
    payload = payload or NoteIn()
    return services.acknowledge(_expecting(request, key, payload), by=request.auth, note=payload.note)


@router.post("/{key}/respond", response={200: MatterDetail, **REFUSALS}, summary="办理答复 / Respond")
def respond(request, key: str, payload: RespondIn):
    matter = _expecting(request, key, payload)
    knowledge_services.respond_citing(matter, by=request.auth, article_ids=payload.knowledge_articles,
                                      content=payload.content, override=payload.override,
                                      override_reason=payload.override_reason)
    return matter


@router.post("/{key}/contacts", response={201: ContactOut, **REFUSALS}, summary="首次联系 / Record a contact",
             description="The lead unit records a contact with the submitter (phone, visit, online message) and when "
                         "it happened; the first contact, or the answer if earlier, is the unit's response (响应). "
                         "牵头单位记录与诉求人的联系；首次联系或答复（较早者）即为响应。")
def record_contact(request, key: str, payload: ContactIn):
    matter = _expecting(request, key, payload)
    contact = services.record_contact(
        matter, by=request.auth, method=payload.method, contacted_at=payload.contacted_at, note=payload.note,
    )
    return Status(201, contact)


@router.post("/{key}/review", response={200: MatterDetail, **REFUSALS}, summary="复核 / Review",
             description="Satisfied resolves the matter; not satisfied (with a note) sends it back to the unit. "
                         "满意则办结，不满意须说明并退回持续推进。")
def review(request, key: str, payload: ReviewIn):
    matter = _expecting(request, key, payload)
    services.review(
        matter, by=request.auth, satisfied=payload.satisfied, solved=payload.solved, method=payload.method,
        note=payload.note,
    )
    return matter


@router.post("/{key}/close", response={200: MatterDetail, **REFUSALS}, summary="结案 / Close")
def close(request, key: str, payload: NoteIn | None = None):
    payload = payload or NoteIn()
    return services.close(_expecting(request, key, payload), by=request.auth, note=payload.note)
