"""Shapes of the alliance API."""

import datetime

from ninja import Field, Schema

from huishang.alliances.models import Agreement, Booking, Resource, Studio
from huishang.api.schemas import Id, LocalDateTime, OrganizationRef, RegionRef, one_of


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


class BookingIn(Schema):
    studio: Id
    starts_on: datetime.date
    ends_on: datetime.date
    purpose: str = Field(max_length=200)


class BookingDecisionIn(Schema):
    note: str = Field("", max_length=200)


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


class AgreementIn(Schema):
    kind: one_of(Agreement.Kind) = Agreement.Kind.JOINT_RESEARCH
    subject: str = Field(max_length=200)
    parties: list[Id]
    signed_on: datetime.date
    goals: str = ""
