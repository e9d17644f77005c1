"""The demo world counts the figures of seed 004, and only where and when they happened."""

import datetime

import pytest
from django.db.models import Q

from huishang.assessment.rights import WORKER_RIGHTS
from huishang.cases.models import Matter
from huishang.cases.states import State
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


# Yongchuan's matters went to units off any agenda, so they add to the assignments of all records and not to the
# consultation figures: the problems from butlers and the CPPCC survey (seed 000; butlers/demo.py, surveys/demo.py),
# 10 assigned and 7 resolved, and the union's 2023 screened risks and worker-rights cases (seed 000;
# assessment/demo.py), 5 assigned and all 5 resolved.
YONGCHUAN_SURVEYED_ASSIGNED, YONGCHUAN_SURVEYED_RESOLVED = 10, 7
YONGCHUAN_UNION_ASSIGNED = YONGCHUAN_UNION_RESOLVED = 5
YONGCHUAN_ASSIGNED = YONGCHUAN_SURVEYED_ASSIGNED + YONGCHUAN_UNION_ASSIGNED
YONGCHUAN_RESOLVED = YONGCHUAN_SURVEYED_RESOLVED + YONGCHUAN_UNION_RESOLVED
ALL_RECORDS = SEED_FIGURES | {
    "assigned": SEED_FIGURES["assigned"] + YONGCHUAN_ASSIGNED, "resolved": SEED_FIGURES["resolved"] + YONGCHUAN_RESOLVED,
    "resolution_rate": percent(SEED_FIGURES["resolved"] + YONGCHUAN_RESOLVED,
                               SEED_FIGURES["assigned"] + YONGCHUAN_ASSIGNED),
}


def test_all_records_give_the_seed_figures_and_yongchuans_own_assignments(demo_world):
    assert headline(matter_figures(scope_from())) == ALL_RECORDS


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


def test_neijiang_gives_the_seed_figures_and_yongchuan_only_its_own_assignments(demo_world):
    assert headline(matter_figures(scope_from(region="511000"))) == SEED_FIGURES
    yongchuan = matter_figures(scope_from(region="500118"))
    counted = ("meetings", "consulted", "being_assigned", "assigned", "resolved")
    assert {key: yongchuan[key] for key in counted} == {
        "meetings": 0, "consulted": 0, "being_assigned": 0, "assigned": YONGCHUAN_ASSIGNED,
        "resolved": YONGCHUAN_RESOLVED}


def test_yongchuans_union_assigned_its_screened_risks_and_rights_cases_and_saw_them_all_resolved(demo_world):
    union_matters = Matter.objects.filter(region__code="500118", first_assigned_at__isnull=False).filter(
        Q(risk__campaign__starts_on__year=2023) | Q(category__code=WORKER_RIGHTS))
    assert {(matter.kind, matter.category.code) for matter in union_matters} == {
        ("risk", "other"), ("problem", WORKER_RIGHTS)}
    assert union_matters.count() == YONGCHUAN_UNION_ASSIGNED
    assert union_matters.filter(state__in=[State.RESOLVED, State.CLOSED]).count() == YONGCHUAN_UNION_RESOLVED
