"""What the meeting operations read and answer."""

import datetime
from typing import Literal

from ninja import Field, Schema

from huishang.api.schemas import (
    NOTE_MAX, TEXT_MAX, Id, LocalDateTime, OrganizationRef, PersonRef, RegionRef, RequiredText, StrictSchema, Text,
    one_of,
)
from huishang.cases.selectors import visible_matters
from huishang.core.parsing import Day
from huishang.meetings.models import Meeting
from huishang.meetings.selectors import agenda_of


class AgendaMatterRef(Schema):
    id: int
    number: str
    title: str
    state: str
    state_label: str
    enterprise: OrganizationRef | None

    @staticmethod
    def resolve_state_label(obj) -> str:
        return str(obj.get_state_display())


class AgendaItemOut(Schema):
    id: int
    order: int
    matter: AgendaMatterRef
    outcome: str
    outcome_label: str
    decision: str
    lead_unit: OrganizationRef | None
    due: datetime.date | None
    decided_at: LocalDateTime | None

    @staticmethod
    def resolve_outcome_label(obj) -> str:
        return str(obj.get_outcome_display())

    @staticmethod
    def resolve_lead_unit(obj):
        return obj.assignment.lead_unit if obj.assignment else None

    @staticmethod
    def resolve_due(obj):
        return obj.assignment.due if obj.assignment else None


class MeetingOut(Schema):
    id: int
    kind: str
    kind_label: str
    title: str
    held_on: datetime.date
    year: int
    sequence: int
    region: RegionRef
    chair: PersonRef | None
    location: str

    @staticmethod
    def resolve_kind_label(obj) -> str:
        return str(obj.get_kind_display())


class MeetingDetail(MeetingOut):
    attendees: str
    minutes: str
    agenda: list[AgendaItemOut] = Field(description="the items whose matters the caller may see")

    @staticmethod
    def resolve_agenda(obj, context) -> list:
        # A contact sees a meeting because one of its matters was discussed; the other
        # enterprises' matters on the same agenda stay out of its sight.
        visible = visible_matters(context["request"].auth).values("pk")
        return list(agenda_of(obj).filter(matter__in=visible))


class MeetingIn(StrictSchema):
    kind: one_of(Meeting.Kind) = Meeting.Kind.CONSULTATION.value
    held_on: Day
    region: Text(12) | None = Field(None, description="region code; the organiser's own region when left out")
    title: Text(200) = Field("", description="left empty: 2024年第N次企业化解难题问题会商会")
    chair: Id | None = Field(None, description="id of the leader who chairs")
    location: Text(200) = ""
    attendees: Text(TEXT_MAX) = ""


class AgendaIn(StrictSchema):
    matter: Id | RequiredText(20) = Field(description="id or number of the matter")


class DecisionIn(StrictSchema):
    outcome: Literal["assigned", "deferred"]
    decision: Text(NOTE_MAX) = ""
    lead_unit: Id | None = None
    supporting_units: list[Id] = []
    due: Day | None = None


class NoticeIn(StrictSchema):
    chair: Id | None = Field(None, description="id of the leader who chairs; left out: no chair")
    location: Text(200) = ""
    attendees: Text(TEXT_MAX) = ""


class MinutesIn(StrictSchema):
    minutes: Text(TEXT_MAX) = Field("", description="会议纪要 text")


class MinutesOut(Schema):
    id: int
    title: str
    held_on: datetime.date
    minutes: str
