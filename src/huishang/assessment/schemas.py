"""Shapes of the union-work API: assessments with their ranking, self-reports, scores and risks."""

import datetime

from ninja import Field, Schema

from huishang.api.schemas import Id, LocalDateTime, OrganizationRef


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


class SelfReportIn(Schema):
    indicator: Id
    self_score: float
    evidence: str = Field(max_length=5000)


class SelfReportOut(Schema):
    indicator: int = Field(alias="indicator_id")
    self_score: float
    evidence: str
    submitted_at: LocalDateTime


class ScoreIn(Schema):
    participant: Id
    indicator: Id
    score: float
    note: str = Field("", max_length=200)


class ScoreOut(Schema):
    participant: int = Field(alias="participant_id")
    indicator: int = Field(alias="indicator_id")
    score: float


class RiskIn(Schema):
    title: str = Field(max_length=200)
    description: str
    category: str = "other"
    level: str
    responsible_unit: Id
    enterprise: Id | None = None
    region: str | None = None


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
