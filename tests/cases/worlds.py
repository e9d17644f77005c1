"""A matter brought into any state through the services, with the people who can act on it."""

import datetime
from dataclasses import dataclass

from huishang.cases import services
from huishang.cases.models import Matter
from huishang.cases.states import State
from huishang.meetings import services as meeting_services
from tests import factories as f


@dataclass
class Cast:
    contact: object
    office: object
    handler: object
    supervisor: object


def cast() -> Cast:
    return Cast(contact=f.enterprise_contact(), office=f.office(), handler=f.unit_handler(), supervisor=f.supervisor())


def in_fortnight() -> datetime.date:
    return datetime.date.today() + datetime.timedelta(days=14)


def matter_in(state: str, people: Cast) -> Matter:
    """A fresh matter of ``people.contact``'s enterprise, driven by the services into ``state``."""
    matter = f.matter(by=people.contact)
    if state == State.SUBMITTED:
        return matter
    if state == State.REJECTED:
        return services.reject(matter, by=people.office, reason="不属于受理范围")
    if state == State.MERGED:
        original = f.matter(by=people.contact)
        return services.merge(matter, by=people.office, into=original)
    services.accept(matter, by=people.office)
    if state == State.ACCEPTED:
        return matter
    if state == State.ON_AGENDA:
        meeting = f.consultation(by=people.office)
        meeting_services.add_to_agenda(meeting, matter, by=people.office)
        matter.refresh_from_db()
        return matter
    services.assign(matter, by=people.office, lead_unit=people.handler.organization, due=in_fortnight())
    matter.refresh_from_db()
    steps = [
        (State.ASSIGNED, lambda: None),
        (State.IN_PROGRESS, lambda: services.acknowledge(matter, by=people.handler)),
        (State.RESPONDED, lambda: services.respond(matter, by=people.handler, content="已协调解决")),
        (State.RESOLVED, lambda: services.review(matter, by=people.contact, satisfied=True)),
        (State.CLOSED, lambda: services.close(matter, by=people.supervisor)),
    ]
    for reached, step in steps:
        step()
        matter.refresh_from_db()
        if reached == state:
            return matter
    raise ValueError(state)
