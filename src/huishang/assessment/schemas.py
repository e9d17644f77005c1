"""Shapes of the union-work API: assessments with their ranking, self-reports, scores and risks."""

import datetime

from ninja import Field, Schema

from huishang.api.schemas import (
    TEXT_MAX, Id, LocalDateTime, OrganizationRef, RegionRef, RequiredText, StrictSchema, Text, one_of,
)
from huishang.assessment.models import Risk
from huishang.assessment.risks import needs_plan
from huishang.core.parsing import Day


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
    campaign: Id | None = None


class RiskOut(Schema):
    id: int
    matter: str = Field(description="the matter's number")
    title: str
    state: str
    level: str
    responsible_unit: OrganizationRef
    screened_on: datetime.date
    campaign: int | None = Field(None, alias="campaign_id")

    @staticmethod
    def resolve_matter(risk):
        return risk.matter.number

    @staticmethod
    def resolve_title(risk):
        return risk.matter.title

    @staticmethod
    def resolve_state(risk):
        return risk.matter.state


class GradingOut(Schema):
    from_level: str
    to_level: str
    at: LocalDateTime
    by: int = Field(alias="by_id")
    reason: str


class StabilityPlanOut(Schema):
    id: int
    measures: str
    person_in_charge: str
    review_on: datetime.date
    recorded_at: LocalDateTime


class RiskDetail(RiskOut):
    gradings: list[GradingOut]
    stability_plans: list[StabilityPlanOut]
    needs_plan: bool

    @staticmethod
    def resolve_needs_plan(risk):
        return needs_plan(risk)


class RegradeIn(StrictSchema):
    level: one_of(Risk.Level)
    reason: RequiredText(TEXT_MAX)


class StabilityPlanIn(StrictSchema):
    measures: RequiredText(TEXT_MAX)
    person_in_charge: RequiredText(64)
    review_on: Day


class CampaignIn(StrictSchema):
    title: RequiredText(200)
    scope: RequiredText(TEXT_MAX)
    region: RequiredText(12) = Field(description="GB/T 2260 region code")
    starts_on: Day
    ends_on: Day


class TargetOut(Schema):
    id: int
    enterprise: OrganizationRef
    screener: int = Field(alias="screener_id")
    screened_on: datetime.date | None
    screened_by: int | None = Field(None, alias="screened_by_id")
    finding: str


class CampaignOut(Schema):
    id: int
    title: str
    scope: str
    region: RegionRef
    starts_on: datetime.date
    ends_on: datetime.date
    to_screen: int
    screened: int
    coverage: float


class CampaignDetail(CampaignOut):
    targets: list[TargetOut]
    risks: list[RiskOut]

    @staticmethod
    def resolve_targets(campaign):
        return campaign.targets.select_related("enterprise")

    @staticmethod
    def resolve_risks(campaign):
        return campaign.risks.select_related("matter", "responsible_unit")


class TargetIn(StrictSchema):
    enterprise: Id
    screener: Id


class ScreeningIn(StrictSchema):
    screened_on: Day
    finding: Text(TEXT_MAX) = ""
