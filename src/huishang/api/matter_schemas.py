"""What the matter operations read and answer."""

import datetime
from typing import Literal

from ninja import Field, Schema

from huishang.api.schemas import (
    NOTE_MAX, TEXT_MAX, CategoryRef, Id, LocalDateTime, OrganizationRef, PersonRef, RegionRef, RequiredText,
    StrictSchema, Text, one_of,
)
from huishang.cases import permissions, selectors
from huishang.cases.models import Contact, Matter, Review
from huishang.cases.states import Action, State
from huishang.core.parsing import LARGEST_ID, Day, Moment

TITLE_MAX = Matter._meta.get_field("title").max_length

# Built once: get_FOO_display() rebuilds the field's choices on every call, several times per matter.
KIND_LABELS = dict(Matter.Kind.choices)
STATE_LABELS = dict(State.choices)
ACTION_LABELS = dict(Action.choices)
METHOD_LABELS = dict(Review.Method.choices)
CONTACT_METHOD_LABELS = dict(Contact.Method.choices)
URGENCY_LABELS = dict(Matter.Urgency.choices)


def _label(labels: dict, value: str) -> str:
    """The label in the active language; a value outside the choices shows as itself, as Django's does."""
    return str(labels.get(value, value))


class MatterFilters(StrictSchema):
    state: State | None = None
    kind: one_of(Matter.Kind) | None = None
    category: Text(32) | None = Field(None, description="category code, e.g. talent")
    region: Text(12) | None = Field(None, description="region code (GB/T 2260); covers the regions inside it")
    unit: Id | None = Field(None, description="lead unit id")
    enterprise: Id | None = Field(None, description="enterprise id")
    q: Text(200) | None = Field(None, description="words in the title or description, or a matter number")
    sort: Literal["due"] | None = Field(None, description="due: earliest deadline first (none last)")
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(20, ge=1, le=200)


class MatterRef(Schema):
    id: int
    number: str
    title: str


class MatterOut(Schema):
    id: int
    number: str
    kind: str
    kind_label: str
    source: str
    title: str
    description: str
    state: str
    state_label: str
    category: CategoryRef
    enterprise: OrganizationRef | None
    region: RegionRef
    lead_unit: OrganizationRef | None
    due: datetime.date | None
    submitted_at: LocalDateTime
    version: int

    @staticmethod
    def resolve_kind_label(obj) -> str:
        return _label(KIND_LABELS, obj.kind)

    @staticmethod
    def resolve_state_label(obj) -> str:
        return _label(STATE_LABELS, obj.state)


class MatterPage(Schema):
    items: list[MatterOut]
    count: int
    count_capped: bool = Field(False, description="true when a text search (q) matched at least as many matters "
                                                  "as it answers (count): the newest of them, ranked by relevance")
    page: int
    page_size: int


class TrailEntryOut(Schema):
    action: str
    action_label: str
    from_state: str
    to_state: str
    actor: PersonRef
    at: LocalDateTime
    note: str

    @staticmethod
    def resolve_action_label(obj) -> str:
        return _label(ACTION_LABELS, obj.action)


class ContactOut(Schema):
    id: int
    method: str
    method_label: str
    contacted_at: LocalDateTime
    note: str
    by: PersonRef
    recorded_at: LocalDateTime

    @staticmethod
    def resolve_method_label(obj) -> str:
        return _label(CONTACT_METHOD_LABELS, obj.method)


class AssignmentOut(Schema):
    id: int
    lead_unit: OrganizationRef
    supporting_units: list[OrganizationRef]
    due: datetime.date
    assigned_at: LocalDateTime
    acknowledged_at: LocalDateTime | None
    sent_back_at: LocalDateTime | None
    send_back_reason: str
    ended_at: LocalDateTime | None = Field(description="when the office reassigned the matter to another unit (改派)")
    end_reason: str
    acknowledge_due: LocalDateTime | None = Field(description="the unit signs for it (签收) by then (step limit)")
    response_due: LocalDateTime | None = Field(
        description="the unit first contacts the submitter or answers by then (响应时限)")
    contacts: list[ContactOut] = Field(description="the unit's recorded contacts with the submitter (首次联系 first)")

    @staticmethod
    def resolve_contacts(obj) -> list:
        return list(obj.contacts.select_related("by"))

    @staticmethod
    def resolve_supporting_units(obj) -> list:
        return list(obj.supporting_units.all())


class ResponseOut(Schema):
    id: int
    content: str
    by: PersonRef
    at: LocalDateTime


class ReviewOut(Schema):
    id: int
    satisfied: bool
    solved: bool
    method: str
    method_label: str
    note: str
    by: PersonRef
    at: LocalDateTime

    @staticmethod
    def resolve_method_label(obj) -> str:
        return _label(METHOD_LABELS, obj.method)


class MatterDetail(MatterOut):
    urgency: str = Field(description="urgent (紧急) or normal (一般): chooses the step time limits")
    urgency_label: str
    duplicate_of: MatterRef | None
    actions: list[str] = Field(description="what the caller may do to the matter now")
    trail: list[TrailEntryOut]
    assignments: list[AssignmentOut]
    responses: list[ResponseOut]
    reviews: list[ReviewOut]

    @staticmethod
    def resolve_urgency_label(obj) -> str:
        return _label(URGENCY_LABELS, obj.urgency)

    @staticmethod
    def resolve_actions(obj, context) -> list[str]:
        return [action.value for action in permissions.available_actions(context["request"].auth, obj)]

    @staticmethod
    def resolve_trail(obj) -> list:
        # A matter just submitted carries its one-entry trail (services.submit_matter); others are read.
        known = getattr(obj, "trail_entries", None)
        return list(known) if known is not None else list(selectors.trail_of(obj))

    # A matter never assigned (the assign service sets first_assigned_at with its first assignment) has
    # no assignments, so no responses and no reviews either: a new or just accepted matter needs no query.

    @staticmethod
    def resolve_assignments(obj) -> list:
        if obj.first_assigned_at is None:
            return []
        return list(obj.assignments.select_related("lead_unit").prefetch_related("supporting_units"))

    @staticmethod
    def resolve_responses(obj) -> list:
        if obj.first_assigned_at is None:
            return []
        return list(obj.responses.select_related("by"))

    @staticmethod
    def resolve_reviews(obj) -> list:
        if obj.first_assigned_at is None:
            return []
        return list(obj.reviews.select_related("by"))


class MatterIn(StrictSchema):
    title: RequiredText(TITLE_MAX)
    description: RequiredText(TEXT_MAX)
    category: RequiredText(32) = Field(description="category code, e.g. talent")
    kind: one_of(Matter.Kind) = Matter.Kind.PROBLEM.value
    source: Matter.Source | None = None
    enterprise: Id | None = Field(None, description="enterprise id (office and butlers; a contact's own is implied)")
    region: Text(12) | None = Field(None, description="region code when there is no enterprise")
    urgency: Matter.Urgency | None = Field(None, description="the office's choice; left out: normal (一般)")


class Expecting(StrictSchema):
    """Every transition may name the version the client last read; a newer one refuses (409)."""

    version: int | None = Field(None, ge=0, le=LARGEST_ID,
                                description="the matter's version as last read; refused if it changed")


class NoteIn(Expecting):
    note: Text(NOTE_MAX) = ""


class ReasonIn(Expecting):
    reason: RequiredText(NOTE_MAX)


class MergeIn(Expecting):
    into: Id | RequiredText(20) = Field(description="id or number of the matter this one repeats")
    note: Text(NOTE_MAX) = ""


class AssignIn(Expecting):
    lead_unit: Id | None = Field(None, description="left out: the routing table's lead unit (派单目录)")
    supporting_units: list[Id] | None = Field(None, description="left out: the routing table's supporting units")
    due: Day | None = Field(None, description="the deadline; or give working_days instead; both left out: the "
                                              "routing table's time limit from today")
    working_days: int | None = Field(None, ge=1, le=365, description="deadline this many working days from today")
    urgency: Matter.Urgency | None = Field(None, description="left out: the matter's urgency stays")
    note: Text(NOTE_MAX) = ""


class RespondIn(Expecting):
    content: RequiredText(TEXT_MAX)
    override: bool = Field(False, description="answer although a supporting opinion is overdue (协办意见逾期未交)")
    override_reason: Text(NOTE_MAX) = Field("", description="why the answer cannot wait; required with override")
    knowledge_articles: list[int] = Field(
        [], max_length=20, description="knowledge articles the answer used (引用的知识): published, in force and "
                                       "applying in the matter's region, else the answer is refused naming this field")


class ContactIn(Expecting):
    method: one_of(Contact.Method) = Field(description="phone, visit or online (message)")
    contacted_at: Moment = Field(description="when it happened: not in the future, not before the assignment")
    note: Text(NOTE_MAX) = ""


class ReviewIn(Expecting):
    satisfied: bool
    solved: bool = Field(description="whether the problem is solved, apart from satisfaction (解决率)")
    method: Review.Method = Review.Method.ONLINE
    note: Text(NOTE_MAX) = ""
