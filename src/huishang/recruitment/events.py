"""Recruitment events: holding one, the employers and positions it brings, the intentions agreed there."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.recruitment.models import Event, Intention, Participation, Position, University
from huishang.recruitment.permissions import check_places_in, may_manage


def university_named(name: str) -> University | None:
    """The university of a campus session, added to the list the first time it is named."""
    name = cleaned(name)
    if not name:
        return None
    university, _created = University.objects.get_or_create(name=name)
    return university


@transaction.atomic
def hold_event(*, by, kind: str, title: str, held_on: datetime.date, region, venue: str = "",
               university=None) -> Event:
    """The office records an event in its region; a campus session names its university, the others none."""
    if region is None:
        raise ValidationError(_("This field is required."), field="region")
    if not may_manage(by):
        raise NotAllowed(_("Only the service office of the region records recruitment events."))
    check_places_in(by, region)
    if kind not in Event.Kind.values:
        raise ValidationError(_("Choose a kind of event."), field="kind")
    if (kind == Event.Kind.CAMPUS) != (university is not None):
        raise ValidationError(_("A campus session names its university; other events name none."), field="university")
    if held_on is None:
        raise ValidationError(_("This field is required."), field="held_on")
    title = cleaned(title)
    if not title:
        raise ValidationError(_("This field is required."), field="title")
    return Event.objects.create(kind=kind, title=title, held_on=held_on, region=region, venue=cleaned(venue),
                                university=university, organised_by=by)


@transaction.atomic
def add_employer(event: Event, *, by, employer: str, positions: list[tuple[str, int]]) -> Participation:
    """An employer joins an event once, bringing the positions collected from it (title, openings ≥ 1)."""
    if not may_manage(by, event.region):
        raise NotAllowed(_("Only the service office of the region records recruitment events."))
    employer = cleaned(employer)
    if not employer:
        raise ValidationError(_("This field is required."), field="employer")
    if event.participations.filter(employer=employer).exists():
        raise ValidationError(_("This employer is already at the event."), field="employer")
    positions = [(cleaned(title), openings) for title, openings in positions]
    for title, openings in positions:
        if not title or not isinstance(openings, int) or openings < 1:
            raise ValidationError(_("Each position needs a title and at least one opening."), field="positions")
    participation = Participation.objects.create(event=event, employer=employer)
    Position.objects.bulk_create(
        [Position(participation=participation, title=title, openings=openings) for title, openings in positions])
    return participation


@transaction.atomic
def record_intentions(participation: Participation, *, by, candidates: list[tuple[str, str]]) -> int:
    """The intentions (就业意向) an employer reached at the event: one per candidate, with the position if known."""
    if not may_manage(by, participation.event.region):
        raise NotAllowed(_("Only the service office of the region records recruitment events."))
    candidates = [(cleaned(name), cleaned(position)) for name, position in candidates]
    if not candidates or any(not name for name, _position in candidates):
        raise ValidationError(_("Each intention needs the candidate's name."), field="candidates")
    now = clock.now()
    Intention.objects.bulk_create([
        Intention(participation=participation, candidate=name, position=position, recorded_at=now)
        for name, position in candidates
    ])
    return len(candidates)
