"""Carrying a demo matter taken in off any agenda through the matter loop, by the cases services: the office
accepts and assigns it to a unit, the unit signs for it and answers, the enterprise's contact reviews the answer.
Used by the parts of the Yongchuan demo whose problems the seed says were solved (butlers, the CPPCC survey)."""

import datetime
from dataclasses import dataclass

from huishang.cases import services
from huishang.cases.models import Matter, Review
from huishang.cases.states import State
from huishang.core import clock
from huishang.demo import people
from huishang.demo.accounts import CONTACT_PREFIX
from huishang.directory.models import Organization, Role, User


@dataclass(frozen=True)
class Handling:
    """How far one matter got: assigned to ``unit`` (a key of seed_yongchuan.UNITS) on ``assigned_on``; answered
    when ``response`` is given; resolved when the enterprise reviewed the answer, satisfied, on ``reviewed_on``."""

    unit: str
    assigned_on: datetime.date
    due: datetime.date
    response: str = ""
    responded_on: datetime.date | None = None
    reviewed_on: datetime.date | None = None


def _at(day: datetime.date, hour: int, minute: int = 0):
    return clock.frozen_at(datetime.datetime.combine(day, datetime.time(hour, minute)))


def contact_of(enterprise: Organization, accounts, rng) -> User:
    """The enterprise's contact who reviews its answers: the one it has, else a record-only contact."""
    existing = User.objects.filter(role=Role.ENTERPRISE, organization=enterprise, is_active=True).order_by("pk").first()
    if existing is not None:
        return existing
    return accounts.contact(f"{CONTACT_PREFIX}yc_{enterprise.pk}", name=people.person_name(rng),
                            organization=enterprise, phone=people.mobile_number(rng))


def carry(matter: Matter, handling: Handling, *, office: User, handler: User, reviewer: User | None) -> Matter:
    """Move ``matter`` as far as ``handling`` says, each step at its own moment; ``reviewer`` (the enterprise's
    contact) when it is reviewed."""
    if matter.state == State.SUBMITTED:
        with _at(handling.assigned_on, 9):
            matter = services.accept(matter, by=office)
    with _at(handling.assigned_on, 9, 30):
        services.assign(matter, by=office, lead_unit=handler.organization, due=handling.due)
    matter.refresh_from_db()
    with _at(handling.assigned_on + datetime.timedelta(days=1), 9):
        matter = services.acknowledge(matter, by=handler)
    if not handling.response:
        return matter
    with _at(handling.responded_on, 16):
        services.respond(matter, by=handler, content=handling.response)
    matter.refresh_from_db()
    if handling.reviewed_on:
        with _at(handling.reviewed_on, 10):
            services.review(matter, by=reviewer, satisfied=True, method=Review.Method.PHONE)
        matter.refresh_from_db()
    return matter
