"""Shapes shared by every part of the API: what clients send (StrictSchema, texts, ids; days are
core.parsing.Day), local times and short references to records."""

import datetime
from typing import Annotated, Literal

from django.utils import timezone
from ninja import Schema
from pydantic import AfterValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from huishang.core.parsing import LARGEST_ID
from huishang.core.text import printable

# A database id: bounded so that a huge number is refused as input instead of overflowing SQLite.
Id = Annotated[int, Field(ge=1, le=LARGEST_ID)]

# The longest texts the API takes, as the OpenAPI document states them (maxLength). A field stored in a column
# of fixed width takes that width; free text takes one of these.
NOTE_MAX = 2_000  # notes, reasons, decisions: a paragraph or two
TEXT_MAX = 20_000  # descriptions, answers, minutes: a few pages


class StrictSchema(Schema):
    """What a client sends: a field the operation does not know is refused (422 naming it), not silently
    dropped, so a misspelt or invented field never looks accepted."""

    model_config = ConfigDict(extra="forbid")


def _not_blank(value: str) -> str:
    if not value.strip():
        # The type of pydantic's own "too short", so the error reads as "This field is required." (api/errors.py).
        raise PydanticCustomError("string_too_short", "This field is required.", {"min_length": 1})
    return value


def Text(max_length: int):  # noqa: N802 (a type, written as one)
    """Text of at most ``max_length`` characters, made printable (core.text) as it comes in."""
    return Annotated[str, Field(max_length=max_length), AfterValidator(printable)]


def RequiredText(max_length: int):  # noqa: N802 (a type, written as one)
    """Text that must say something: at most ``max_length`` characters, not empty and not only spaces or
    unprintable characters (the document says so with minLength and a pattern; the services strip and refuse
    the same)."""
    return Annotated[str, Field(min_length=1, max_length=max_length, json_schema_extra={"pattern": r"\S"}),
                     AfterValidator(printable), AfterValidator(_not_blank)]


# Times are stored in UTC and shown in the deployment's zone (Asia/Shanghai), offset included.
LocalDateTime = Annotated[datetime.datetime, AfterValidator(timezone.localtime)]


def one_of(choices) -> type:
    """A Literal of a TextChoices' values, inlined in the OpenAPI document.

    Used where two choice classes share a name (Matter.Kind, Meeting.Kind): as enums, both would
    be published under the one component name "Kind" and one would silently replace the other.
    """
    return Literal[tuple(choices.values)]


class CategoryRef(Schema):
    code: str
    name: str


class RegionRef(Schema):
    code: str
    name: str


class OrganizationRef(Schema):
    id: int
    name: str


class UnitOut(Schema):
    id: int
    name: str
    region: RegionRef


class PersonRef(Schema):
    id: int
    name: str

    @staticmethod
    def resolve_name(obj) -> str:
        return obj.get_full_name()
