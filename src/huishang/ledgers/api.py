"""Ledger operations: the matter list as a ledger sheet (.xlsx)."""

from ninja import Field, Query, Router

from huishang.api.schemas import Id, StrictSchema, Text
from huishang.audit.log import record_event
from huishang.cases import selectors
from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.ledgers.export import ledger_filename, write_ledger
from huishang.ledgers.views import xlsx_response

router = Router(tags=["ledgers"])


class LedgerFilters(StrictSchema):
    state: State | None = None
    kind: Text(16) | None = Field(None, description="one of: " + ", ".join(Matter.Kind.values))
    category: Text(32) | None = Field(None, description="category code, e.g. talent")
    region: Text(12) | None = Field(None, description="region code (GB/T 2260); covers the regions inside it")
    unit: Id | None = Field(None, description="lead unit id")
    enterprise: Id | None = Field(None, description="enterprise id")
    q: Text(200) | None = Field(None, description="words in the title or description, or a matter number")


@router.get("/matters.xlsx", summary="导出事项台账 / Export matters as a ledger",
            description="The matters the caller may see, with the list filters, as an .xlsx sheet in the ledger "
                        "layout (序号, 企业名称, 问题描述, 责任单位, 办理时限, 办理进展, 办结情况 …). Phone numbers are "
                        "masked unless the caller is the service office or an administrator. 联系电话按权限脱敏。",
            openapi_extra={"responses": {200: {"description": "the ledger", "content": {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}}})
def export_matters(request, filters: Query[LedgerFilters]):
    matters = selectors.filter_matters(selectors.visible_matters(request.auth), **filters.dict())
    record_event("export", request=request, subject="ledgers.matters",
                 detail={"format": "xlsx", "filters": filters.dict(exclude_none=True)})
    return xlsx_response(write_ledger(matters, reader=request.auth), ledger_filename())
