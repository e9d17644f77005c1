"""The figures leaders quote, over a period and scope: the same counts as ``huishang stats --json``."""

from ninja import Query, Router, Schema
from pydantic import BaseModel, ConfigDict, Field

from huishang.api.errors import ErrorOut
from huishang.api.schemas import Id, Text
from huishang.core.parsing import Day
from huishang.figures.permissions import figures_scope_for
from huishang.figures.selectors import breakdowns
from huishang.figures.subjects import figures_for


class BreakdownRow(Schema):
    key: int | str | None
    name: str | None
    assigned: int
    being_assigned: int
    resolved: int
    resolution_rate: float


class MonthRow(Schema):
    month: str
    assigned: int
    resolved: int


class Breakdowns(Schema):
    by_unit: list[BreakdownRow]
    by_category: list[BreakdownRow]
    by_region: list[BreakdownRow]
    by_month: list[MonthRow]


class FiguresOut(BaseModel):
    # Figures the providers of figures/subjects.py add pass through unchanged, as they do in the CLI's JSON;
    # a plain pydantic model, since ninja's Schema reads its input as attributes and would drop them.
    model_config = ConfigDict(extra="allow")

    meetings: int
    consulted: int
    enterprises: int
    being_assigned: int
    assigned: int
    resolved: int
    resolution_rate: float
    on_time_rate: float
    satisfaction_rate: float
    reopen_rate: float
    acknowledge_on_time_rate: float = Field(description="及时签收率: signed for by the signing limit, in %")
    response_rate: float = Field(description="响应率: first contact or answer by the response limit, in %")
    solved_rate: float = Field(description="解决率: reviews and follow-ups judging the problem solved, in %")
    send_back_rate: float
    avg_days_to_resolve: float
    overdue: int
    breakdowns: Breakdowns | None = None


router = Router(tags=["stats"])


@router.get(
    "", response={200: FiguresOut, 403: ErrorOut, 422: ErrorOut}, exclude_unset=True, summary="统计数据 / Figures",
    description="Meetings, consulted, assigned, resolved, resolution rate (办结率) … for a period (days included at "
                "both ends) and scope; `breakdown=true` adds the figures by unit, category, region and month. "
                "与 huishang stats --json 相同的统计口径。",
)
def figures(
    request,
    date_from: Day | None = Query(None, alias="from", description="first day, YYYY-MM-DD"),
    date_to: Day | None = Query(None, alias="to", description="last day, YYYY-MM-DD"),
    region: Text(12) | None = Query(None, description="region code (GB/T 2260); covers regions inside it"),
    unit: Id | None = Query(None, description="lead unit id"),
    category: Text(32) | None = Query(None, description="category code"),
    breakdown: bool = Query(False, description="add breakdowns by unit, category, region and month"),
):
    scope = figures_scope_for(
        request.auth, date_from=date_from, date_to=date_to, region=region, unit=unit, category=category
    )
    answer = figures_for("matters", scope)
    if breakdown:
        answer["breakdowns"] = breakdowns(scope)
    return answer
