"""Shapes of the union-work API. Component names start with UnionWork… (unique across the API)."""

import datetime

from ninja import Field, Schema

from huishang.api.schemas import (
    NOTE_MAX, TEXT_MAX, Id, LocalDateTime, OrganizationRef, RegionRef, RequiredText, StrictSchema, Text,
)
from huishang.core.parsing import Day


class UnionWorkProgressOut(Schema):
    percent: int
    note: str
    reported_at: LocalDateTime


class UnionWorkTaskOut(Schema):
    id: int
    title: str
    goal: str
    responsible: OrganizationRef
    deadline: datetime.date
    done_on: datetime.date | None
    percent: int | None = Field(None, description="The latest progress report's percentage; null before the first.")


class UnionWorkProgressFigures(Schema):
    tasks: int
    done: int
    overdue: int
    mean_percent: float | None


class UnionWorkPlanOut(Schema):
    id: int
    title: str
    year: int
    organiser: OrganizationRef
    state: str
    adopted_at: LocalDateTime | None
    plenary: int | None = Field(None, alias="plenary_id")


class UnionWorkPlanDetail(UnionWorkPlanOut):
    report: str
    tasks: list[UnionWorkTaskOut]
    progress: UnionWorkProgressFigures


class UnionWorkPlanIn(StrictSchema):
    organiser: Id
    year: int = Field(ge=2000, le=2100)
    title: RequiredText(200)
    report: Text(TEXT_MAX) = ""


class UnionWorkTaskIn(StrictSchema):
    title: RequiredText(200)
    goal: Text(NOTE_MAX) = ""
    responsible: Id
    deadline: Day


class UnionWorkAdoptIn(StrictSchema):
    plenary: Id = Field(description="The plenary (meeting of kind plenary) that adopted the plan.")


class UnionWorkProgressIn(StrictSchema):
    percent: int = Field(ge=0, le=100)
    note: RequiredText(NOTE_MAX)


class UnionWorkMemberOut(Schema):
    id: int
    organization: OrganizationRef
    tasks: list[UnionWorkTaskOut]


class UnionWorkGroupOut(Schema):
    id: int
    title: str
    year: int
    organiser: OrganizationRef
    leader: str
    deputy_leader: str


class UnionWorkGroupDetail(UnionWorkGroupOut):
    members: list[UnionWorkMemberOut]
    progress: UnionWorkProgressFigures


class UnionWorkGroupIn(StrictSchema):
    organiser: Id
    year: int = Field(ge=2000, le=2100)
    title: RequiredText(200)
    leader: Text(64) = ""
    deputy_leader: Text(64) = ""


class UnionWorkMemberIn(StrictSchema):
    organization: Id


class UnionWorkReformTaskIn(StrictSchema):
    member: Id = Field(description="The member unit (its id in the group) that answers for the task.")
    title: RequiredText(200)
    goal: Text(NOTE_MAX) = ""
    deadline: Day


class UnionWorkParticipantOut(Schema):
    id: int
    organization: OrganizationRef
    result: str
    result_at: LocalDateTime | None


class UnionWorkCampaignOut(Schema):
    id: int
    title: str
    year: int
    organiser: OrganizationRef
    aims: str


class UnionWorkCampaignDetail(UnionWorkCampaignOut):
    participants: list[UnionWorkParticipantOut]


class UnionWorkCampaignIn(StrictSchema):
    organiser: Id
    year: int = Field(ge=2000, le=2100)
    title: RequiredText(200)
    aims: Text(NOTE_MAX) = ""


class UnionWorkParticipantIn(StrictSchema):
    organization: Id


class UnionWorkResultIn(StrictSchema):
    participant: Id
    result: RequiredText(NOTE_MAX)


class UnionWorkEntryOut(Schema):
    id: int
    competitor: str
    organization: OrganizationRef
    score: float | None
    rank: int | None = Field(None, description="Equal scores share a rank; the next rank skips (1, 2, 2, 4).")
    award: str


class UnionWorkCompetitionOut(Schema):
    id: int
    title: str
    trade: str
    held_on: datetime.date
    organiser: OrganizationRef
    state: str
    campaign: int | None = Field(None, alias="campaign_id")
    first_prizes: int
    second_prizes: int
    third_prizes: int


class UnionWorkCompetitionDetail(UnionWorkCompetitionOut):
    entries: list[UnionWorkEntryOut]


class UnionWorkCompetitionIn(StrictSchema):
    organiser: Id
    title: RequiredText(200)
    trade: RequiredText(64)
    held_on: Day
    campaign: Id | None = None
    first_prizes: int = Field(1, ge=0, le=100)
    second_prizes: int = Field(2, ge=0, le=100)
    third_prizes: int = Field(3, ge=0, le=100)


class UnionWorkEntryIn(StrictSchema):
    competitor: RequiredText(64)
    organization: Id


class UnionWorkScoreIn(StrictSchema):
    entry: Id
    score: float = Field(ge=0, le=100)


class UnionWorkPartyOut(Schema):
    region: RegionRef | None
    organization: OrganizationRef | None


class UnionWorkCooperationProgressOut(Schema):
    note: str
    reported_at: LocalDateTime


class UnionWorkCooperationOut(Schema):
    id: int
    title: str
    region: RegionRef
    signed_on: datetime.date
    aims: str


class UnionWorkCooperationDetail(UnionWorkCooperationOut):
    parties: list[UnionWorkPartyOut]
    progress: list[UnionWorkCooperationProgressOut]


class UnionWorkCooperationIn(StrictSchema):
    title: RequiredText(200)
    region: RequiredText(12) = Field(description="The region code where the agreement is kept.")
    signed_on: Day
    aims: RequiredText(NOTE_MAX)
    regions: list[Text(12)] = Field([], max_length=20, description="Region codes of the parties that are places.")
    organizations: list[Id] = Field([], max_length=20, description="Ids of the parties that are organisations.")


class UnionWorkNoteIn(StrictSchema):
    note: RequiredText(NOTE_MAX)
