"""Shapes of the ranking API (names prefixed Ranking: OpenAPI component names are unique)."""

from ninja import Schema
from pydantic import Field

from huishang.api.schemas import NOTE_MAX, RequiredText, StrictSchema, Text, one_of
from huishang.ranking.models import Grouping, Rate


class RankingRateOut(Schema):
    value: float | None = Field(description="in %, one decimal; null: 无数据 (no denominator)")
    numerator: float
    denominator: int


class RankingUnitOut(Schema):
    unit: str
    unit_id: int
    kind: str
    rates: dict[str, RankingRateOut]
    score: float | None = Field(description="null: no matters in the period, not ranked")
    rank: int | None
    change: int | None = Field(description="places gained since last month (negative: lost)")
    flagged: bool


class RankingPeriodOut(Schema):
    from_: str = Field(alias="from")
    to: str


class RankingSchemeOut(Schema):
    region: str | None
    year: int
    weights: dict[str, int]
    fairly_weight: float
    grouping: str
    flagged: int
    closing_day: int | None


class RankingVersionOut(Schema):
    version: int
    number: str
    reason: str
    published_at: str
    published_by: str


class RankingMonthOut(Schema):
    month: str
    region: str | None
    period: RankingPeriodOut
    scheme: RankingSchemeOut
    units: list[RankingUnitOut]
    published: bool
    versions: list[RankingVersionOut]
    own_unit_id: int | None


class RankingPublishIn(StrictSchema):
    summary: Text(NOTE_MAX) = ""


class RankingCorrectIn(StrictSchema):
    reason: RequiredText(500)
    summary: Text(NOTE_MAX) | None = None


class RankingSchemeIn(StrictSchema):
    year: int = Field(ge=2000, le=2100)
    weights: dict[one_of(Rate), int]
    fairly_weight: float = Field(ge=0, le=1)
    grouping: one_of(Grouping)
    flagged: int = Field(ge=0, le=50)
    closing_day: int | None = Field(default=None, ge=1, le=28)

