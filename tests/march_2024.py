"""The March 2024 that the assessment rates' tests (tests/figures/test_assessment_rates.py) and the unit
ranking's (tests/ranking) both count: matters handed out on Monday 4 March at 10:00 (sign for by Tuesday
11:00, first response by Thursday 14:30), then handled by one unit's handler as the steps below say."""

import datetime

from django.utils import timezone

from huishang.cases import services
from huishang.core import clock
from huishang.supervision import jobs
from huishang.supervision import services as supervision
from huishang.supervision.models import FollowUp
from tests import factories as f

D = datetime.date
MONDAY = D(2024, 3, 4)
DUE = D(2024, 4, 30)


def at(day: D, hour: int, minute: int = 0):
    return clock.frozen_at(timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute))))


def hand_out(units, *, office, contact) -> list:
    """One matter per unit of ``units``, submitted, accepted and assigned on Monday at 10:00, due 30 April."""
    with at(MONDAY, 10):
        matters = [f.matter(by=contact) for _ in units]
        for matter, unit in zip(matters, units):
            services.accept(matter, by=office)
            services.assign(matter, by=office, lead_unit=unit, due=DUE)
            matter.refresh_from_db()
    return matters


def handle_a_b_c(a, b, c, *, handler, office, contact, b_follow_up: str, b_note: str) -> None:
    """A signed for at once, its submitter phoned at once, answered, satisfied and solved, followed up
    satisfied; B signed for late (Wednesday), answered Thursday 10:00 (in time), satisfied but not solved,
    followed up as ``b_follow_up``; C signed for in time, first contact on Friday (late)."""
    with at(MONDAY, 11):
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
        supervision.record_follow_up(FollowUp.objects.get(matter=b), by=office, satisfaction=b_follow_up,
                                     note=b_note)
