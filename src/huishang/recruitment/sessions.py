"""Scheduling a round's written test and interview sessions (笔试/面试场次): kind, time, place, rooms and seats."""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from huishang.core import clock
from huishang.core.errors import InvalidTransition, NotAllowed, ValidationError
from huishang.core.text import cleaned
from huishang.recruitment.models import ExamRoom, ExamSession, Round
from huishang.recruitment.permissions import may_manage

MAX_SEATS = 1000


def _rooms(rooms) -> list[tuple[str, int]]:
    """(name, seats) of each room: at least one, names given and distinct, 1 to MAX_SEATS seats each."""
    checked = []
    for name, seats in rooms or []:
        name = cleaned(name)
        if not name:
            raise ValidationError(_("Name each room."), field="rooms")
        if name in (known for known, _seats in checked):
            raise ValidationError(_("Room %(name)s is named twice.") % {"name": name}, field="rooms")
        if not isinstance(seats, int) or not 1 <= seats <= MAX_SEATS:
            raise ValidationError(_("Room %(name)s holds from 1 to %(max)d seats.") % {"name": name, "max": MAX_SEATS},
                                  field="rooms")
        checked.append((name[:64], seats))
    if not checked:
        raise ValidationError(_("Give at least one room with its seats."), field="rooms")
    return checked


@transaction.atomic
def schedule_session(round_: Round, *, by, kind: str, starts_at: datetime.datetime, ends_at: datetime.datetime,
                     place: str, rooms) -> ExamSession:
    """The office of the round's region schedules a session after the application deadline and before the result
    is published: it ends after it starts, it has a place and rooms that hold at least one seat each."""
    if not may_manage(by, round_.region):
        raise NotAllowed(_("Only the service office of the region schedules exam sessions."))
    if round_.published_at is not None:
        raise InvalidTransition(_("The result of this round is published; nothing can change any more."))
    if kind not in ExamSession.Kind.values:
        raise ValidationError(_("Choose written test or interview."), field="kind")
    if starts_at is None:
        raise ValidationError(_("This field is required."), field="starts_at")
    if timezone.localdate(starts_at) <= round_.deadline:
        raise ValidationError(_("Sessions are held after the application deadline (%(day)s).") % {
            "day": round_.deadline.strftime("%Y-%m-%d")}, field="starts_at")
    if ends_at is None or ends_at <= starts_at:
        raise ValidationError(_("A session ends after it starts."), field="ends_at")
    place = cleaned(place)
    if not place:
        raise ValidationError(_("This field is required."), field="place")
    rooms = _rooms(rooms)
    session = ExamSession.objects.create(round=round_, kind=kind, starts_at=starts_at, ends_at=ends_at,
                                         place=place[:200], scheduled_at=clock.now(), scheduled_by=by)
    for name, seats in rooms:  # one by one, so that the audit log hears each room
        ExamRoom.objects.create(session=session, name=name, seats=seats)
    return session
