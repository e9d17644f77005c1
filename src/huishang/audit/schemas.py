"""Shapes of the audit API."""

from ninja import Field, Schema

from huishang.api.schemas import Id, LocalDateTime, RequiredText, StrictSchema, Text
from huishang.core.parsing import Day


class EntryFilters(StrictSchema):
    kind: Text(32) | None = Field(None, description="e.g. login, login_failed, update, reveal, export")
    actor: Text(150) | None = Field(None, description="username of the acting account")
    date_from: Day | None = Field(None, alias="from", description="first day (YYYY-MM-DD)")
    date_to: Day | None = Field(None, alias="to", description="last day (YYYY-MM-DD)")
    page: int = Field(1, ge=1, le=1_000_000)
    page_size: int = Field(50, ge=1, le=200)


class EntryOut(Schema):
    seq: int
    at: LocalDateTime
    kind: str
    actor_id: int | None
    actor_username: str
    address: str
    user_agent: str
    subject: str
    detail: dict
    prev_hash: str
    hash: str


class EntryPage(Schema):
    items: list[EntryOut]
    count: int
    page: int
    page_size: int


class ChainStatusOut(Schema):
    intact: bool
    count: int
    broken_seq: int | None
    reason: str


class RevealIn(StrictSchema):
    kind: RequiredText(16) = Field(description="what the value belongs to: user")
    id: Id
    field: RequiredText(32) = Field(description="phone or email")
    reason: RequiredText(200) = Field(description="why the full value is needed; written to the audit log")


class RevealOut(Schema):
    value: str
