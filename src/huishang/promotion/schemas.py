"""Shapes of the promotion API."""

import datetime

from ninja import Schema
from pydantic import Field

from huishang.api.schemas import Id, LocalDateTime, RegionRef, one_of
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


class LeadIn(Schema):
    enterprise_name: str = Field(max_length=128)
    project: str = Field(max_length=200)
    region: str = Field(max_length=12, description="GB/T 2260 region code")
    industry: str = Field("", max_length=64)
    planned_seats: int = Field(0, ge=0, le=1_000_000)
    owner: Id | None = None
    next_step: str = Field("", max_length=200)
    next_step_due: datetime.date | None = None
    note: str = Field("", max_length=2000)


class AdvanceIn(Schema):
    to: one_of(Stage)
    note: str = Field("", max_length=2000)
    planned_seats: int | None = Field(None, ge=0, le=1_000_000)
    version: int | None = None


class DropIn(Schema):
    reason: str = Field(max_length=2000)
    version: int | None = None


class OwnerIn(Schema):
    owner: Id
    note: str = Field("", max_length=2000)
    version: int | None = None


class LeadVisitIn(Schema):
    visited_on: datetime.date
    notes: str = Field(max_length=4000)
    next_step: str = Field("", max_length=200)
    next_step_due: datetime.date | None = None


class FunnelRow(Schema):
    stage: str
    label: str
    count: int
