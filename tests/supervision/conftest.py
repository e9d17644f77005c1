"""What the supervision tests share: a matter handed to a unit with a deadline at a chosen moment."""

import datetime

from django.utils import timezone

from huishang.cases import services
from huishang.core import clock
from tests import factories as f
from tests.cases.worlds import cast

START = datetime.date(2024, 3, 4)  # a Monday with no holiday near


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def handed_out(
    people=None, *, on=START, due=START + datetime.timedelta(days=14), acknowledged=True, category=None, contacted=None,
):
    """A matter of ``people.contact`` assigned on ``on`` to ``people.handler``'s unit with deadline ``due``;
    acknowledged (签收) and, unless ``contacted`` says otherwise, its submitter contacted at once."""
    people = people or cast()
    with clock.frozen_at(at(on)):
        matter = f.matter(by=people.contact, category_code=category or "talent")
        services.accept(matter, by=people.office)
        services.assign(matter, by=people.office, lead_unit=people.handler.organization, due=due)
        matter.refresh_from_db()
        if acknowledged:
            services.acknowledge(matter, by=people.handler)
            matter.refresh_from_db()
        if acknowledged if contacted is None else contacted:
            services.record_contact(matter, by=people.handler, method="phone", contacted_at=clock.now())
            matter.refresh_from_db()
    return matter


def resolve(matter, people, *, on=START + datetime.timedelta(days=7)):
    with clock.frozen_at(at(on, 15)):
        services.respond(matter, by=people.handler, content="已办理")
        services.review(matter, by=people.contact, satisfied=True)
    matter.refresh_from_db()
    return matter
