"""The supervision board ranks all units with a fixed number of queries, and each row equals that unit's figures."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from huishang.cases import services
from huishang.cases.states import DONE
from huishang.core import clock
from huishang.directory.models import Organization
from huishang.figures.selectors import Scope, cohort, matter_figures
from huishang.supervision.selectors import unit_ranking
from huishang.workdays.calendar import working_days_between
from huishang.workdays.models import CalendarOverride
from tests import factories as f
from tests.cases.worlds import Cast, cast
from tests.supervision.conftest import START, at, handed_out, resolve

pytestmark = pytest.mark.django_db

FIGURES = ["assigned", "resolved", "resolution_rate", "on_time_rate", "satisfaction_rate", "reopen_rate", "overdue"]


def _unit_people(people: Cast) -> Cast:
    return Cast(contact=people.contact, office=people.office, handler=f.unit_handler(), supervisor=people.supervisor)


def _unit_history(people: Cast, variant: int) -> None:
    """Matters of one unit in every state the ranking weighs; ``variant`` makes the units' figures differ."""
    for _ in range(variant % 3 + 1):
        resolve(handed_out(people), people)
    resolve(handed_out(people, due=START + datetime.timedelta(days=3)), people,
            on=START + datetime.timedelta(days=variant + 5))
    continued = handed_out(people)
    with clock.frozen_at(at(START + datetime.timedelta(days=2))):
        services.respond(continued, by=people.handler, content="已初步协调")
        services.review(continued, by=people.contact, satisfied=False, note="仍缺技工")
    handed_out(people, due=START + datetime.timedelta(days=1), acknowledged=False)
    if variant % 2:
        handed_out(people, acknowledged=False)


def _units(people: Cast, count: int) -> None:
    for variant in range(count):
        _unit_history(_unit_people(people), variant)


def _mean_working_days_of(unit) -> float:
    matters = cohort(Scope(unit=unit)).filter(state__in=DONE, resolved_at__isnull=False)
    days = [working_days_between(timezone.localdate(m.first_assigned_at), timezone.localdate(m.resolved_at))
            for m in matters]
    return round(sum(days) / len(days), 1) if days else 0.0


def test_each_units_row_in_the_ranking_equals_that_units_own_figures():
    CalendarOverride.objects.create(day=START + datetime.timedelta(days=2), is_working_day=False, note="本地假日")
    _units(cast(), 4)
    ranking = unit_ranking(Scope())
    assert len(ranking) == 4
    for row in ranking:
        unit = Organization.objects.get(pk=row["unit_id"])
        figures = matter_figures(Scope(unit=unit))
        assert {name: row[name] for name in FIGURES} == {name: figures[name] for name in FIGURES}, row["unit"]
        assert row["avg_working_days"] == _mean_working_days_of(unit)
    assert [row["rank"] for row in ranking] == [1, 2, 3, 4]
    assert ranking == sorted(ranking, key=lambda row: (-row["resolution_rate"], -row["on_time_rate"], row["unit"]))


def test_ranking_more_units_takes_no_more_queries():
    people = cast()
    _units(people, 2)
    with CaptureQueriesContext(connection) as few:
        assert len(unit_ranking(Scope())) == 2
    _units(people, 6)
    with CaptureQueriesContext(connection) as many:
        assert len(unit_ranking(Scope())) == 8
    assert len(many) == len(few)
