"""Shapes of the promotion API."""

import datetime
from decimal import Decimal

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


class OperationReportOut(Schema):
    id: int
    period_start: datetime.date
    period_end: datetime.date
    seats_actual: int
    output_value_yuan: float
    expected_year_output_yuan: float | None
    source: str
    reported_by: int = Field(alias="reported_by_id")
    reported_at: LocalDateTime
    note: str

    @staticmethod
    def resolve_output_value_yuan(report):
        return report.output_value_fen / 100

    @staticmethod
    def resolve_expected_year_output_yuan(report):
        fen = report.expected_year_output_fen
        return None if fen is None else fen / 100


class BusinessLineOut(Schema):
    id: int
    name: str
    started_on: datetime.date
    source: str
    recorded_by: int = Field(alias="recorded_by_id")


class SeatPlanChangeOut(Schema):
    from_seats: int
    to_seats: int
    at: LocalDateTime
    reason: str


class LeadDetail(LeadOut):
    transitions: list[TransitionOut]
    visits: list[LeadVisitOut]
    owner_changes: list[OwnerChangeOut]
    enterprise: int | None = None
    operation_reports: list[OperationReportOut]
    business_lines: list[BusinessLineOut]
    seat_plan_changes: list[SeatPlanChangeOut]

    @staticmethod
    def resolve_enterprise(lead):
        link = getattr(lead, "landed_enterprise", None)
        return link.enterprise_id if link else None


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


# Amounts in yuan, two decimals at most (the service refuses more, naming the field).
Yuan = Field(ge=0, lt=10 ** 12, max_digits=14, decimal_places=2)


class OperationReportIn(StrictSchema):
    period_start: Day
    period_end: Day
    seats_actual: int = Field(ge=0, le=1_000_000)
    output_value_yuan: Decimal = Yuan
    expected_year_output_yuan: Decimal | None = Field(None, ge=0, lt=10 ** 12, max_digits=14, decimal_places=2)
    note: Text(NOTE_MAX) = ""


class BusinessLineIn(StrictSchema):
    name: RequiredText(100)
    started_on: Day


class SeatPlanIn(StrictSchema):
    planned_seats: int = Field(ge=1, le=1_000_000)
    reason: RequiredText(NOTE_MAX)
    version: int | None = Field(None, ge=0, le=LARGEST_ID)


class EnterpriseLinkIn(StrictSchema):
    enterprise: Id
