"""Shapes shared by every part of the API: ids, local times and short references to records."""

import datetime
from typing import Annotated, Literal

from django.utils import timezone
from ninja import Schema
from pydantic import AfterValidator, Field

# A database id: bounded so that a huge number is refused as input instead of overflowing SQLite.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]

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
