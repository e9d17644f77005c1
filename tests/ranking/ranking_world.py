"""The hand-built history the ranking's tests share: three units of 内江, one March of 2024."""

import datetime

import pytest
from django.utils import timezone

from huishang.cases import services
from huishang.core import clock
from huishang.supervision import jobs
from huishang.supervision import services as supervision
from huishang.supervision.models import FollowUp
from tests import factories as f

D = datetime.date
MARCH = D(2024, 3, 1)
APRIL = D(2024, 4, 1)


def at(day: D, hour: int, minute: int = 0):
    return clock.frozen_at(timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute))))


@pytest.fixture
def history():
    """tests/figures/test_assessment_rates.py's March, with the units apart. Handed out on Monday 4 March 2024
    at 10:00 (sign for by Tuesday 11:00, first response by Thursday 14:30): to 城建局 A (signed at once,
    phoned at once, answered, satisfied and solved, follow-up satisfied), B (signed late, answered in time,
    satisfied not solved, follow-up dissatisfied), C (signed in time, first contact late); to 交通局 D (never
    signed for). 水务局 has no matters."""
    place = f.region()
    office = f.office(place)
    building, transport, water = (f.unit(name, in_region=place) for name in ("城建局", "交通局", "水务局"))
    handler, other = f.unit_handler(building), f.unit_handler(transport)
    f.unit_handler(water)
    contact = f.enterprise_contact()
    monday = D(2024, 3, 4)
    with at(monday, 10):
        a, b, c, d = (f.matter(by=contact) for _ in range(4))
        for matter, unit in ((a, building), (b, building), (c, building), (d, transport)):
            services.accept(matter, by=office)
            services.assign(matter, by=office, lead_unit=unit, due=D(2024, 4, 30))
            matter.refresh_from_db()
    with at(monday, 11):
        services.acknowledge(a, by=handler)
        services.record_contact(a, by=handler, method="phone", contacted_at=clock.now())
    with at(D(2024, 3, 5), 10):
        services.acknowledge(c, by=handler)
        services.respond(a, by=handler, content="已协调")
    with at(D(2024, 3, 6), 9, 30):
        services.acknowledge(b, by=handler)
    with at(D(2024, 3, 7), 10):
        services.respond(b, by=handler, content="已答复")
    with at(D(2024, 3, 8), 9):
        services.record_contact(c, by=handler, method="visit", contacted_at=clock.now())
    with at(D(2024, 3, 11), 10):
        services.review(a, by=contact, satisfied=True, solved=True)
        services.review(b, by=contact, satisfied=True, solved=False)
        jobs.schedule_follow_ups()
    with at(D(2024, 3, 15), 10):
        supervision.record_follow_up(FollowUp.objects.get(matter=a), by=office, satisfaction="satisfied")
        supervision.record_follow_up(FollowUp.objects.get(matter=b), by=office, satisfaction="fairly",
                                     note="基本满意")
    return {"place": place, "office": office, "building": building, "transport": transport, "water": water,
            "handler": handler, "other": other}


def lines(ranking: dict) -> dict:
    return {line["unit"]: line for line in ranking["units"]}
