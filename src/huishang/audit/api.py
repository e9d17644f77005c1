"""The audit log over the API (auditors only), and revealing one masked value."""

from django.utils.translation import gettext as _
from ninja import Query, Router

from huishang.api.errors import ErrorOut
from huishang.audit import integrity, reveal, selectors
from huishang.audit.permissions import may_read_log
from huishang.audit.schemas import ChainStatusOut, EntryFilters, EntryPage, RevealIn, RevealOut
from huishang.core import parsing
from huishang.core.errors import NotAllowed

router = Router(tags=["audit"])


def _require_auditor(user):
    if not may_read_log(user):
        raise NotAllowed(_("Only auditors may read the audit log."))


@router.get("/entries", response={200: EntryPage, 403: ErrorOut, 422: ErrorOut}, summary="审计日志 / Audit log",
            description="Newest first; filter by kind, actor (username) and dates. Auditors only. "
                        "审计日志，仅审计员可查。")
def list_entries(request, filters: Query[EntryFilters]):
    _require_auditor(request.auth)
    start, end = parsing.period(filters.date_from, filters.date_to)
    rows = selectors.entries(kind=filters.kind or "", actor=filters.actor or "", start=start, end=end)
    start = (filters.page - 1) * filters.page_size
    return {"items": list(rows[start:start + filters.page_size]), "count": rows.count(), "page": filters.page,
            "page_size": filters.page_size}


@router.get("/chain", response={200: ChainStatusOut, 403: ErrorOut}, summary="日志完整性 / Chain status",
            description="Whether every entry still matches its hash and none is missing. Auditors only. "
                        "校验审计日志哈希链是否完整。")
def chain_status(request):
    _require_auditor(request.auth)
    status = integrity.verify_chain()
    return {"intact": status.intact, "count": status.count, "broken_seq": status.broken_seq, "reason": status.reason}


@router.post("/reveal", response={200: RevealOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
             summary="显示完整信息 / Reveal a masked value",
             description="The full phone number or e-mail of a person, on need-to-know inside the jurisdiction: "
                         "the office over a matter for its parties, units for the contacts of the matters "
                         "assigned to them, butlers for their enterprises. Refused attempts are logged too. "
                         "Every reveal is written to the audit log with its reason. 显示完整联系方式并记入审计日志。")
def reveal_value(request, payload: RevealIn):
    value = reveal.reveal(by=request.auth, kind=payload.kind, pk=payload.id, field=payload.field,
                          reason=payload.reason, request=request)
    return {"value": value}
