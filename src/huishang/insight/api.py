"""Insight over the API: a matter's routing suggestion and likely duplicates, hot issues, retraining."""

import datetime
from typing import Literal

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from huishang.api.errors import ErrorOut
from huishang.api.schemas import Text
from huishang.api.lookups import visible_matter
from huishang.core.errors import NotAllowed
from huishang.core.parsing import Day
from huishang.figures.permissions import figures_scope_for
from huishang.insight.duplicates import likely_duplicates
from huishang.insight.hot_selectors import Freshness, hot_list
from huishang.insight.permissions import may_see_routing
from huishang.insight.routing.suggestions import suggest
from huishang.insight.routing.training import train_routing

router = Router(tags=["insight"])


class Named(Schema):
    id: int
    name: str


class RoutingSuggestionOut(Schema):
    basis: str | None
    category: str | None
    category_confidence: float
    lead_unit: Named | None
    unit_confidence: float


class DuplicateOut(Schema):
    number: str
    title: str
    state: str
    score: float


class HotMatterOut(Schema):
    key: str
    title: str
    at: datetime.datetime


class IssueOut(Schema):
    label: str
    place: str
    count: int = Field(description="the issue's matters in the period")
    growth: int = Field(description="its matters in the second half of the period minus those in the first")
    support: int = Field(description="repeats merged into its matters")
    heat: float = Field(description="count + max(growth, 0) / 2 + log2(1 + support)")
    first: datetime.datetime
    last: datetime.datetime
    matters: list[HotMatterOut] = Field(description="its newest matters in the period, newest first, at most 20")


class HotIssuesOut(Schema):
    status: Literal[Freshness.CURRENT, Freshness.STALE, Freshness.PENDING] = Field(description=(
        "current; stale: computed more than an hour ago (the worker has stopped); pending: not computed yet "
        "(the worker groups the matters every 15 minutes), issues is empty"))
    computed_at: datetime.datetime | None = Field(description="when the worker grouped the matters (更新于)")
    window_from: datetime.datetime | None = Field(description="submission of the oldest matter it grouped")
    window_to: datetime.datetime | None = Field(description="submission of the newest matter it grouped")
    issues: list[IssueOut]


class TrainedOut(Schema):
    model: int
    matters: int
    report: dict


def _staff_only(user):
    if not may_see_routing(user):
        raise NotAllowed(_("Routing help is for the service office."))


@router.get("/matters/{key}/suggestion", response={200: RoutingSuggestionOut, 403: ErrorOut, 404: ErrorOut},
            summary="分派建议 / Routing suggestion",
            description="Suggested category and lead unit with confidences in [0, 1]; office and admin only. The lead "
                        "unit is always one the caller may assign the matter to (its jurisdiction, the matter's place).")
def suggestion(request, key: str):
    _staff_only(request.auth)
    found = suggest(visible_matter(request.auth, key), user=request.auth)
    if found is None:
        return {"basis": None, "category": None, "category_confidence": 0.0, "lead_unit": None,
                "unit_confidence": 0.0}
    return {
        "basis": found.basis, "category": found.category.code if found.category else None,
        "category_confidence": round(found.category_confidence, 3),
        "lead_unit": {"id": found.lead_unit.pk, "name": found.lead_unit.name} if found.lead_unit else None,
        "unit_confidence": round(found.unit_confidence, 3),
    }


@router.get("/matters/{key}/duplicates", response={200: list[DuplicateOut], 403: ErrorOut, 404: ErrorOut},
            summary="疑似重复件 / Likely duplicates",
            description="Open matters most like this one, with a similarity score in [0, 1]; office and admin only. "
                        "Only matters of the caller's jurisdiction and of this matter's place (those it may merge).")
def duplicates(request, key: str):
    _staff_only(request.auth)
    matter = visible_matter(request.auth, key)
    return [
        {"number": found.matter.number, "title": found.matter.title, "state": found.matter.state,
         "score": round(found.score, 3)}
        for found in likely_duplicates(matter, user=request.auth)
    ]


@router.get("/hot", response={200: HotIssuesOut, 403: ErrorOut, 422: ErrorOut}, summary="热点问题 / Hot issues",
            description="Matters grouped into issues by wording and place, hottest first, counted within the period "
                        "and the caller's jurisdiction; the same as `huishang insight hot --json`. The worker groups "
                        "the newest matters (up to 50,000) every 15 minutes; a period is read within what it grouped "
                        "(window_from to window_to), the whole of it when open.")
def hot(
    request,
    date_from: Day | None = Query(None, alias="from", description="first day, YYYY-MM-DD"),
    date_to: Day | None = Query(None, alias="to", description="last day, YYYY-MM-DD"),
    region: Text(12) | None = Query(None, description="region code (GB/T 2260)"),
    top: int = Query(10, ge=1, le=100),
):
    scope = figures_scope_for(request.auth, date_from=date_from, date_to=date_to, region=region)
    return hot_list(scope, top=top).as_dict()


@router.post("/routing/train", response={201: TrainedOut, 403: ErrorOut, 422: ErrorOut},
             summary="重新训练分派模型 / Retrain routing",
             description="Learn from the office's final choices (category at acceptance, lead unit at assignment).")
def train(request):
    model = train_routing(by=request.auth)
    return Status(201, {"model": model.pk, "matters": model.matters, "report": model.report})
