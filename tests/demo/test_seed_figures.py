"""The demo world counts the figures of seed 004, and only where and when they happened."""

import datetime

import pytest

from huishang.cases.models import Matter
from huishang.demo.seed_neijiang import MEETINGS
from huishang.figures.scopes import scope_from
from huishang.figures.selectors import matter_figures, percent

pytestmark = pytest.mark.django_db

SEED_FIGURES = {
    "meetings": 12, "enterprises": 85, "consulted": 127, "being_assigned": 9,
    "assigned": 118, "resolved": 95, "resolution_rate": 80.5,
}


def headline(figures: dict) -> dict:
    return {key: figures[key] for key in SEED_FIGURES}


# The acceptance check ``seed-figures`` reads ``huishang stats --json`` over every place of the demo: so no matter of
# another place is assigned there (Yongchuan's wait for its office; see assessment/butlers/surveys demo.py).
def test_all_records_give_exactly_the_seed_figures(demo_world):
    assert headline(matter_figures(scope_from())) == SEED_FIGURES


def test_a_window_in_1990_gives_zeros(demo_world):
    figures = matter_figures(scope_from(date_from="1990-01-01", date_to="1990-12-31"))
    assert all(value == 0 for value in headline(figures).values())


@pytest.mark.parametrize("year", [2022, 2023])
def test_a_one_year_window_gives_that_years_meetings_and_assignments(demo_world, year):
    # Each meeting assigns the problems it took up on its own day, so a year's cohort is its meetings' problems.
    held = [meeting for meeting in MEETINGS if meeting.held_on.year == year]
    handed_out = sum(meeting.problems for meeting in held)
    being_assigned = sum(meeting.problems for meeting in held if meeting.being_assigned)
    still_open = sum(meeting.open_in_progress + meeting.open_responded for meeting in held)
    assigned, resolved = handed_out - being_assigned, handed_out - being_assigned - still_open
    figures = matter_figures(scope_from(date_from=datetime.date(year, 1, 1), date_to=datetime.date(year, 12, 31),
                                        region="511000"))
    assert headline(figures) | {"enterprises": None} == {
        "meetings": len(held), "consulted": handed_out, "enterprises": None, "being_assigned": being_assigned,
        "assigned": assigned, "resolved": resolved, "resolution_rate": percent(resolved, assigned),
    }
    assert 0 < figures["enterprises"] <= handed_out


def test_neijiang_gives_the_seed_figures_and_yongchuan_has_nothing_assigned(demo_world):
    assert headline(matter_figures(scope_from(region="511000"))) == SEED_FIGURES
    yongchuan = matter_figures(scope_from(region="500118"))
    assert Matter.objects.filter(region__code="500118").count() > 0
    counted = ("meetings", "consulted", "being_assigned", "assigned", "resolved")
    assert {key: yongchuan[key] for key in counted} == dict.fromkeys(counted, 0)
