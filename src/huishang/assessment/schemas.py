"""Shapes of the union-work API: assessments with their ranking, self-reports, scores and risks."""

import datetime

from ninja import Field, Schema

from huishang.api.schemas import TEXT_MAX, Id, LocalDateTime, OrganizationRef, RequiredText, StrictSchema, Text


class IndicatorOut(Schema):
    id: int
    name: str
    weight: int
    rule: str


class StandingOut(Schema):
    rank: int
    union: OrganizationRef
    participant: int
    total: float
    by_indicator: dict[int, float | None]


class AssessmentOut(Schema):
    id: int
    title: str
    year: int
    state: str
    organiser: OrganizationRef
    published_at: LocalDateTime | None


class AssessmentDetail(AssessmentOut):
    indicators: list[IndicatorOut]
    standings: list[StandingOut] | None = Field(None, description="Only once published, or for organisers, "
                                                                  "reviewers and region staff before that.")


class SelfReportIn(StrictSchema):
    indicator: Id
    self_score: float = Field(ge=0, le=100)
    evidence: RequiredText(5000)


class SelfReportOut(Schema):
    indicator: int = Field(alias="indicator_id")
    self_score: float
    evidence: str
    submitted_at: LocalDateTime


class ScoreIn(StrictSchema):
    participant: Id
    indicator: Id
    score: float = Field(ge=0, le=100)
    note: Text(200) = ""


class ScoreOut(Schema):
    participant: int = Field(alias="participant_id")
    indicator: int = Field(alias="indicator_id")
    score: float


class RiskIn(StrictSchema):
    title: RequiredText(200)
    description: RequiredText(TEXT_MAX)
    category: RequiredText(32) = "other"
    level: RequiredText(16)
    responsible_unit: Id
    enterprise: Id | None = None
    region: Text(12) | None = None


class RiskOut(Schema):
    id: int
    matter: str = Field(description="the matter's number")
    title: str
    state: str
    level: str
    responsible_unit: OrganizationRef
    screened_on: datetime.date

    @staticmethod
    def resolve_matter(risk):
        return risk.matter.number

    @staticmethod
    def resolve_title(risk):
        return risk.matter.title

    @staticmethod
    def resolve_state(risk):
        return risk.matter.state
