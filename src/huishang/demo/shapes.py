"""The shapes the seed data is written in."""

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """A responsible unit (责任单位) and the handler account that acts for it."""

    key: str
    name: str
    short_name: str
    handler_username: str
    handler_name: str


@dataclass(frozen=True)
class Raised:
    """A matter raised outside the consultation history: by whom, about what, and how far it got."""

    enterprise: str
    category: str
    title: str
    description: str
    day: datetime.date
    accepted: bool
    raised_by: str
    source: str | None = None  # None: what the raiser's role implies (services.submit_matter)
    kind: str = "problem"
