"""Ranking API: a month's unit ranking (月度考核排名), publishing (通报) and correcting it, the scheme."""

from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from huishang.api.errors import ErrorOut
from huishang.api.lookups import region_by_code
from huishang.api.schemas import Text
from huishang.core import clock
from huishang.core.errors import NotAllowed
from huishang.ranking import permissions, selectors, services
from huishang.ranking.schemas import (
    RankingCorrectIn, RankingMonthOut, RankingPublishIn, RankingSchemeIn, RankingSchemeOut,
)

router = Router(tags=["ranking"])
REFUSALS = {403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
# The ranking's region: a code of GB/T 2260, the caller's own (or the whole deployment's) when left out.
RegionCode = Text(12) | None
REGION = Query(None, description="region code (GB/T 2260); left out: the caller's own, or the whole deployment")


def _region(user, code: str | None):
    return region_by_code(code) if code else selectors.default_region(user)


def _month(request, month: str, region):
    return selectors.month_ranking(request.auth, month=selectors.parse_month(month), region=region)


@router.get("/months/{month}", response={200: RankingMonthOut, **REFUSALS},
            summary="月度考核排名 / A month's unit ranking")
def read_month(request, month: str, region: RegionCode = REGION):
    """The month's latest published version, else (to the office, supervisors and leaders) the ranking the
    records give now; every counted rate of a unit with its numerator and denominator."""
    return _month(request, month, _region(request.auth, region))


@router.post("/months/{month}/publish", response={201: RankingMonthOut, **REFUSALS},
             summary="发布通报 / Publish (freeze) a month")
def publish_month(request, month: str, payload: RankingPublishIn, region: RegionCode = REGION):
    place = _region(request.auth, region)
    services.publish(by=request.auth, month=selectors.parse_month(month), region=place, summary=payload.summary)
    return Status(201, _month(request, month, place))


@router.post("/months/{month}/corrections", response={201: RankingMonthOut, **REFUSALS},
             summary="更正通报 / Publish a corrected version of a month")
def correct_month(request, month: str, payload: RankingCorrectIn, region: RegionCode = REGION):
    place = _region(request.auth, region)
    services.correct(by=request.auth, month=selectors.parse_month(month), region=place, reason=payload.reason,
                     summary=payload.summary)
    return Status(201, _month(request, month, place))


@router.get("/scheme", response={200: RankingSchemeOut, **REFUSALS}, summary="考核方案 / The ranking scheme")
def read_scheme(request, year: int | None = Query(None, ge=2000, le=2100), region: RegionCode = REGION):
    place = _region(request.auth, region)
    if not permissions.reads_published(request.auth, place):
        raise NotAllowed(_("You may not read the ranking of this region."))
    return selectors.scheme_data(selectors.scheme_for(region=place, year=year or clock.today().year))


@router.put("/scheme", response={200: RankingSchemeOut, **REFUSALS}, summary="修改考核方案 / Set the ranking scheme")
def update_scheme(request, payload: RankingSchemeIn, region: RegionCode = REGION):
    scheme = services.update_scheme(by=request.auth, region=_region(request.auth, region), **payload.dict())
    return selectors.scheme_data(scheme)
