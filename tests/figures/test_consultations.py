"""Consulted and enterprises count each matter and enterprise once per period, however many of the period's
会商会 discussed it, and in whatever order the meetings were recorded (the cells of figures.consultations)."""

import datetime

import pytest

from huishang.core import clock
from huishang.figures import rollups
from huishang.figures.recount import recount_matter_figures
from huishang.figures.selectors import Scope, matter_figures
from huishang.meetings import services as meetings
from tests import factories as f

pytestmark = pytest.mark.django_db

MARCH = datetime.date(2024, 3, 1)


def march(day: int) -> datetime.date:
    return MARCH.replace(day=day)


def consulted(first: int | None, last: int | None) -> tuple[int, int]:
    scope = Scope(date_from=first and march(first), date_to=last and march(last))
    figures = matter_figures(scope)
    recount = recount_matter_figures(scope)
    assert (figures["consulted"], figures["enterprises"]) == (recount["consulted"], recount["enterprises"])
    return figures["consulted"], figures["enterprises"]


def test_a_matter_discussed_on_several_days_counts_once_in_each_period_that_holds_one_of_them():
    office = f.office()
    first_enterprise, second_enterprise = f.enterprise_contact(), f.enterprise_contact()
    with clock.frozen_at(datetime.datetime(2024, 2, 20, 9)):
        often, once = (f.accepted_matter(by=first_enterprise, by_office=office) for _ in range(2))
        other = f.accepted_matter(by=second_enterprise, by_office=office)
        # Recorded out of order: the meeting of 8 March first, then the one held a week before it.
        for day, matters in ((8, [often]), (1, [often, other]), (15, [often, once])):
            meeting = meetings.create_meeting(by=office, held_on=march(day))
            for matter in matters:
                item = meetings.add_to_agenda(meeting, matter, by=office)
                if day != 15:
                    with clock.frozen_at(datetime.datetime(2024, 3, day, 11)):  # decided at the meeting
                        meetings.decide(item, by=office, outcome="deferred", decision="补充材料")
        joint = meetings.create_meeting(by=office, kind="joint", held_on=march(20))
        meetings.add_to_agenda(joint, other, by=office)

    assert consulted(None, None) == (3, 2)
    assert consulted(2, 14) == (1, 1)
    assert consulted(8, 31) == (2, 1)
    assert consulted(1, 1) == (2, 2)
    assert consulted(16, None) == (0, 0)
    assert rollups.differences() == []

    with clock.frozen_at(datetime.datetime(2024, 3, 14, 9)):
        meetings.remove_from_agenda(once.agenda_items.get(), by=office)
    assert consulted(8, 31) == (1, 1)
    assert consulted(None, None) == (2, 2)
    assert rollups.differences() == []
