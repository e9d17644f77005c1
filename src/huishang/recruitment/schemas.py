"""Shapes of the recruitment API."""

import datetime
from decimal import Decimal

from ninja import Schema
from pydantic import Field

from huishang.api.schemas import NOTE_MAX, Id, LocalDateTime, RequiredText, StrictSchema, Text, one_of
from huishang.core.parsing import Day, Moment
from huishang.recruitment.models import ConditionCheck, ExamSession, PreferenceRule


class RoundOut(Schema):
    id: int
    title: str
    employer: str
    post: str
    head_count: int
    duties: str
    min_education: int
    full_time_required: bool
    born_on_or_after: datetime.date | None
    conditions_to_confirm: str
    preferences: str
    written_weight: int
    interview_weight: int
    announced_on: datetime.date
    deadline: datetime.date
    published_at: LocalDateTime | None
    preference_rule: str
    preference_bonus: Decimal
    conditions_to_verify: str
    tie_breaks: str = Field(description="the ranking rule in words: how preferences count, then the tie-breaks")


class ApplicationOut(Schema):
    id: int
    tracking_number: str
    name: str
    id_number: str
    phone: str
    born_on: datetime.date
    education: int
    full_time: bool
    school: str
    major: str
    has_qualification: bool
    has_experience: bool
    submitted_at: LocalDateTime
    eligible: bool
    reasons: list[str]
    review: str
    review_note: str
    written_score: Decimal | None
    interview_score: Decimal | None


class ApplicationReviewIn(StrictSchema):
    approve: bool
    note: Text(NOTE_MAX) = ""


class ScoresIn(StrictSchema):
    written_score: Decimal = Field(ge=0, le=100, max_digits=5, decimal_places=2)
    interview_score: Decimal = Field(ge=0, le=100, max_digits=5, decimal_places=2)


class EventOut(Schema):
    id: int
    kind: str
    title: str
    held_on: datetime.date
    venue: str
    university: str | None
    employers: int
    positions: int
    intentions: int


class RoundIn(StrictSchema):
    title: RequiredText(200)
    employer: RequiredText(128)
    post: RequiredText(128)
    head_count: int = Field(ge=1, le=100_000)
    region: RequiredText(12) = Field(description="GB/T 2260 region code")
    announced_on: Day
    deadline: Day
    min_education: int = Field(ge=1, le=5)
    full_time_required: bool = True
    born_on_or_after: Day | None = None
    conditions_to_confirm: Text(4000) = ""
    preferences: Text(4000) = ""
    duties: Text(4000) = ""
    written_weight: int = Field(50, ge=0, le=100)
    interview_weight: int = Field(50, ge=0, le=100)
    preference_rule: one_of(PreferenceRule) = PreferenceRule.NONE
    preference_bonus: Decimal = Field(Decimal(0), ge=0, le=10, max_digits=4, decimal_places=2,
                                      description="points each preference adds, under the bonus rule")
    conditions_to_verify: Text(4000) = Field("", description="conditions the office checks, one a line")


class EventIn(StrictSchema):
    kind: RequiredText(32)
    title: RequiredText(200)
    held_on: Day
    region: RequiredText(12) = Field(description="GB/T 2260 region code")
    venue: Text(200) = ""
    university: Text(128) | None = Field(None, description="name of the university (campus sessions)")


class PositionIn(StrictSchema):
    title: RequiredText(128)
    openings: int = Field(ge=1, le=100_000)


class ParticipationIn(StrictSchema):
    employer: RequiredText(128)
    positions: list[PositionIn] = []


class CandidateIn(StrictSchema):
    candidate: RequiredText(64)
    position: Text(128) = ""


class IntentionsIn(StrictSchema):
    candidates: list[CandidateIn]


class ParticipationOut(Schema):
    id: int
    employer: str
    positions: int
    intentions: int


class RoomIn(StrictSchema):
    name: RequiredText(64)
    seats: int = Field(ge=1, le=1000)


class ExamSessionIn(StrictSchema):
    kind: one_of(ExamSession.Kind)
    starts_at: Moment
    ends_at: Moment
    place: RequiredText(200)
    rooms: list[RoomIn] = Field(min_length=1, max_length=200)


class RoomOut(Schema):
    id: int
    name: str
    seats: int


class ExamSessionOut(Schema):
    id: int
    kind: str
    starts_at: LocalDateTime
    ends_at: LocalDateTime
    place: str
    rooms: list[RoomOut]
    tickets_issued: int


class TicketsIn(StrictSchema):
    kind: one_of(ExamSession.Kind)


class AdmissionTicketOut(Schema):
    id: int
    number: str
    application: int
    tracking_number: str
    kind: str
    session: int
    room: str
    seat: int
    issued_at: LocalDateTime


class ConditionCheckIn(StrictSchema):
    condition: RequiredText(200) = Field(description="a line of the round's conditions_to_verify, or "
                                                     "preference:qualification / preference:experience")
    result: one_of(ConditionCheck.Result)
    note: Text(NOTE_MAX) = ""


class ConditionStateOut(Schema):
    condition: str
    label: str
    result: str | None
    note: str
    checked_at: LocalDateTime | None
    checked_by: str | None


class ApplicationChecksOut(Schema):
    application: Id
    tracking_number: str
    conditions: list[ConditionStateOut]
