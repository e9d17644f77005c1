"""Shapes of the audit API."""

from ninja import Field, Schema

from huishang.api.schemas import Id, LocalDateTime
from huishang.core.parsing import Day


class EntryFilters(Schema):
    kind: str | None = Field(None, max_length=32, description="e.g. login, login_failed, update, reveal, export")
    actor: str | None = Field(None, max_length=150, description="username of the acting account")
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


class RevealIn(Schema):
    kind: str = Field(..., max_length=16, description="what the value belongs to: user")
    id: Id
    field: str = Field(..., max_length=32, description="phone or email")
    reason: str = Field(..., max_length=200, description="why the full value is needed; written to the audit log")


class RevealOut(Schema):
    value: str
