"""Shapes of the employment API. Personal data leaves masked: ID numbers and phones are never sent whole."""

import datetime

from ninja import Field, Schema

from huishang.api.schemas import NOTE_MAX, Id, LocalDateTime, RegionRef, RequiredText, StrictSchema, Text
from huishang.core.parsing import Day
from huishang.core.masking import mask_id_number, mask_phone
from huishang.employment.selectors import found_work_after


class StationOut(Schema):
    id: int
    name: str
    community: str
    region: RegionRef


class SeekerIn(StrictSchema):
    name: RequiredText(64)
    phone: RequiredText(20)
    region: RequiredText(12) = Field(description="GB/T 2260 region code")
    community: Text(64) = ""
    skills: RequiredText(200)
    available_from: datetime.time
    available_to: datetime.time
    expected_wage: int = Field(ge=0, le=1_000_000, description="yuan per month")


class SeekerOut(Schema):
    id: int
    name: str
    phone: str
    community: str
    skills: str
    available_from: datetime.time
    available_to: datetime.time
    expected_wage: int
    registered_at: LocalDateTime

    @staticmethod
    def resolve_phone(seeker):
        return mask_phone(seeker.phone)


class JobIn(StrictSchema):
    title: RequiredText(100)
    employer: RequiredText(128)
    kind: RequiredText(16) = "position"
    region: RequiredText(12)
    community: Text(64) = ""
    skills: RequiredText(200)
    starts_at: datetime.time
    ends_at: datetime.time
    wage: int = Field(ge=0, le=1_000_000, description="yuan per month")
    openings: int = Field(1, ge=1, le=100_000)


class JobOut(Schema):
    id: int
    title: str
    employer: str
    kind: str
    community: str
    skills: str
    starts_at: datetime.time
    ends_at: datetime.time
    wage: int
    openings: int
    state: str
    posted_at: LocalDateTime


class CandidateOut(Schema):
    score: float
    parts: dict[str, float]
    seeker: SeekerOut


class OpeningOut(Schema):
    score: float
    parts: dict[str, float]
    job: JobOut


class PlacementIn(StrictSchema):
    seeker: Id
    job: Id


class OutcomeIn(StrictSchema):
    outcome: RequiredText(16) = Field(description="hired or declined")


class PlacementOut(Schema):
    id: int
    seeker: int = Field(alias="seeker_id")
    job: int = Field(alias="job_id")
    score: float
    outcome: str
    matched_at: LocalDateTime


class MemberOut(Schema):
    id: int
    name: str
    id_number: str
    phone: str
    status: str
    wish: str
    training_need: str
    skills: str

    @staticmethod
    def resolve_id_number(member):
        return mask_id_number(member.id_number)

    @staticmethod
    def resolve_phone(member):
        return mask_phone(member.phone)


class HouseholdVisitOut(Schema):
    visited_on: datetime.date
    note: str


class HouseholdOut(Schema):
    id: int
    number: str
    community: str
    address: str
    region: RegionRef
    members: list[MemberOut]
    visits: list[HouseholdVisitOut]

    @staticmethod
    def resolve_members(household):
        return list(household.members.all())

    @staticmethod
    def resolve_visits(household):
        return list(household.visits.all())


class HouseholdVisitIn(StrictSchema):
    note: RequiredText(NOTE_MAX)
    visited_on: Day | None = None


class ImportOut(Schema):
    households: int
    members: int


class CourseIn(StrictSchema):
    title: RequiredText(100)
    starts_on: Day
    ends_on: Day


class EnrolmentIn(StrictSchema):
    seeker: Id


class WorkAfterTrainingIn(StrictSchema):
    found_work: bool


class EnrolmentOut(Schema):
    id: int
    seeker: int = Field(alias="seeker_id")
    completed_on: datetime.date | None
    reported_found_work: bool | None = None
    found_work: bool = False


class CourseOut(Schema):
    id: int
    title: str
    starts_on: datetime.date
    ends_on: datetime.date
    enrolments: list[EnrolmentOut]

    @staticmethod
    def resolve_enrolments(course):
        return list(found_work_after(course.enrolments.all()))
