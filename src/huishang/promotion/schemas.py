"""Shapes of the promotion API."""

import datetime

from ninja import Schema
from pydantic import Field

from huishang.api.schemas import NOTE_MAX, Id, LocalDateTime, RegionRef, RequiredText, StrictSchema, Text, one_of
from huishang.core.parsing import LARGEST_ID, Day
from huishang.promotion.models import Stage


class OwnerRef(Schema):
    id: int
    name: str


class OwnerChangeOut(Schema):
    from_owner: int = Field(alias="from_owner_id")
    to_owner: int = Field(alias="to_owner_id")
    at: LocalDateTime
    note: str


class TransitionOut(Schema):
    from_stage: str
    to_stage: str
    at: LocalDateTime
    note: str


class LeadVisitOut(Schema):
    id: int
    visited_on: datetime.date
    notes: str
    next_step: str


class LeadOut(Schema):
    id: int
    enterprise_name: str
    project: str
    industry: str
    region: RegionRef
    owner: OwnerRef
    planned_seats: int
    stage: str
    contacted_on: datetime.date
    negotiating_on: datetime.date | None
    signed_on: datetime.date | None
    landed_on: datetime.date | None
    dropped_on: datetime.date | None
    drop_reason: str
    next_step: str
    next_step_due: datetime.date | None
    last_activity_on: datetime.date
    stale: bool
    version: int


class LeadDetail(LeadOut):
    transitions: list[TransitionOut]
    visits: list[LeadVisitOut]
    owner_changes: list[OwnerChangeOut]


class LeadIn(StrictSchema):
    enterprise_name: RequiredText(128)
    project: RequiredText(200)
    region: RequiredText(12) = Field(description="GB/T 2260 region code")
    industry: Text(64) = ""
    planned_seats: int = Field(0, ge=0, le=1_000_000)
    owner: Id | None = None
    next_step: Text(200) = ""
    next_step_due: Day | None = None
    note: Text(NOTE_MAX) = ""


class AdvanceIn(StrictSchema):
    to: one_of(Stage)
    note: Text(NOTE_MAX) = ""
    planned_seats: int | None = Field(None, ge=0, le=1_000_000)
    version: int | None = Field(None, ge=0, le=LARGEST_ID)


class DropIn(StrictSchema):
    reason: RequiredText(NOTE_MAX)
    version: int | None = Field(None, ge=0, le=LARGEST_ID)


class OwnerIn(StrictSchema):
    owner: Id
    note: Text(NOTE_MAX) = ""
    version: int | None = Field(None, ge=0, le=LARGEST_ID)


class LeadVisitIn(StrictSchema):
    visited_on: Day
    notes: RequiredText(4000)
    next_step: Text(200) = ""
    next_step_due: Day | None = None


class FunnelRow(Schema):
    stage: str
    label: str
    count: int
