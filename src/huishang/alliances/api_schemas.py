"""Shapes of the alliance API."""

import datetime

from ninja import Field, Schema

from huishang.alliances.models import Agreement, Booking, Resource, Studio
from huishang.api.schemas import (
    TEXT_MAX, Id, LocalDateTime, OrganizationRef, RegionRef, RequiredText, StrictSchema, Text, one_of,
)
from huishang.core.parsing import Day


class AllianceOut(Schema):
    id: int
    name: str
    short_name: str
    field: str
    founded_on: datetime.date
    introduction: str
    studios: int = Field(description="member studios on the given day (today by default)")


class StudioOut(Schema):
    id: int
    name: str
    level: one_of(Studio.Level)
    leader_name: str
    leader_honours: str
    field: str
    host: OrganizationRef
    region: RegionRef
    recognised_on: datetime.date


class ResourceOut(Schema):
    id: int
    kind: one_of(Resource.Kind)
    name: str
    owner: OrganizationRef
    capacity: int
    listed_on: datetime.date


class StudioRef(Schema):
    id: int
    name: str


class BookingOut(Schema):
    id: int
    resource: int = Field(alias="resource_id")
    studio: StudioRef
    starts_on: datetime.date
    ends_on: datetime.date
    purpose: str
    state: one_of(Booking.State)
    requested_at: LocalDateTime
    decision_note: str


class BookingIn(StrictSchema):
    studio: Id
    starts_on: Day
    ends_on: Day
    purpose: RequiredText(200)


class BookingDecisionIn(StrictSchema):
    note: Text(200) = ""


class AgreementOut(Schema):
    id: int
    kind: one_of(Agreement.Kind)
    subject: str
    signed_on: datetime.date
    parties: list[StudioRef]
    goals: str
    progress: int
    progress_note: str

    @staticmethod
    def resolve_parties(agreement):
        return list(agreement.parties.all())


class AgreementIn(StrictSchema):
    kind: one_of(Agreement.Kind) = Agreement.Kind.JOINT_RESEARCH
    subject: RequiredText(200)
    parties: list[Id]
    signed_on: Day
    goals: Text(TEXT_MAX) = ""
